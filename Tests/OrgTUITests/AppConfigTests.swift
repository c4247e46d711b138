import Testing
@testable import OrgTUI

/// The config's `mouse` and `theme` directives.
@Suite("AppConfig")
struct AppConfigTests {
    @Test("The mouse is on and the theme dark unless the config says otherwise")
    func defaults() {
        #expect(AppConfig().mouse)
        #expect(AppConfig().theme == .dark)
    }

    @Test("mouse off turns the mouse off; theme names one of the three themes")
    func directives() throws {
        let config = try AppConfig.parse("mouse off  # keep the terminal's selection\ntheme high-contrast\n")
        #expect(!config.mouse)
        #expect(config.theme == .highContrast)
        #expect(try AppConfig.parse("mouse on\ntheme light\n").mouse)
        #expect(try AppConfig.parse("theme light\n").theme == .light)
    }

    @Test("A wrong value names the line and what to write")
    func mistakes() {
        #expect(throws: AppConfig.LineError(line: 2, reason: "use: mouse on, or mouse off")) {
            try AppConfig.parse("theme dark\nmouse maybe\n")
        }
        #expect(throws: AppConfig.LineError(line: 1, reason: "use: theme followed by dark, light or high-contrast")) {
            try AppConfig.parse("theme solarized\n")
        }
    }
}
