import Testing
@testable import OrgTUI

@Suite("Theme")
struct ThemeTests {
    @Test("Colors are refused by --no-color, NO_COLOR, TERM=dumb and terminals without colors")
    func choice() {
        let xterm = ["TERM": "xterm-256color"]
        #expect(Theme.choose(noColorFlag: false, environment: xterm, terminalHasColors: true).usesColor)
        #expect(!Theme.choose(noColorFlag: true, environment: xterm, terminalHasColors: true).usesColor)
        #expect(
            !Theme.choose(noColorFlag: false, environment: ["TERM": "xterm", "NO_COLOR": ""], terminalHasColors: true)
                .usesColor)
        #expect(!Theme.choose(noColorFlag: false, environment: ["TERM": "dumb"], terminalHasColors: true).usesColor)
        #expect(!Theme.choose(noColorFlag: false, environment: xterm, terminalHasColors: false).usesColor)
    }

    @Test("The monochrome theme uses no colors and still tells every role apart from plain text")
    func monochrome() {
        for style in Style.allCases where style != .normal && style != .hint && style != .success {
            let look = Theme.monochrome.look(style)
            #expect(look.foreground == nil && look.background == nil)
            #expect(look.bold || look.reverse || look.underline || look.dim, "\(style)")
        }
    }

    @Test("OSC 52 carries the text in base64")
    func clipboard() {
        #expect(OSC52.sequence(copying: "ada@acme.test") == "\u{1B}]52;c;YWRhQGFjbWUudGVzdA==\u{07}")
    }
}
