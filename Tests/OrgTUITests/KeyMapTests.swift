import Foundation
import OrgModel
import Testing
@testable import OrgTUI

@Suite("Key map")
struct KeyMapTests {
    let map = KeyMap.standard

    @Test("Letters and their alternatives give the same commands")
    func standardKeys() {
        #expect(map.action(for: .character("j"), in: .list, takesText: false) == .command(.down))
        #expect(map.action(for: .down, in: .list, takesText: false) == .command(.down))
        #expect(map.action(for: .control("f"), in: .list, takesText: false) == .command(.pageDown))
        #expect(map.action(for: .character("q"), in: .list, takesText: false) == .command(.quit))
        #expect(map.action(for: .character("q"), in: .details, takesText: false) == .command(.back))
        #expect(map.action(for: .character(" "), in: .list, takesText: false) == .command(.mark))
        #expect(map.action(for: .character(" "), in: .roles, takesText: false) == .command(.toggleChoice))
        #expect(map.action(for: .character("1"), in: .form, takesText: false) == .command(.toggleRole1))
        #expect(map.action(for: .escape, in: .dialog, takesText: false) == .command(.deny))
        #expect(map.action(for: .backTab, in: .form, takesText: true) == .command(.previousField))
        #expect(map.action(for: .character("x"), in: .list, takesText: false) == nil)
    }

    @Test("In text fields printable characters are typed, not commands")
    func typing() {
        #expect(map.action(for: .character("q"), in: .search, takesText: true) == .typed("q"))
        #expect(map.action(for: .character(" "), in: .form, takesText: true) == .typed(" "))
        #expect(map.action(for: .enter, in: .search, takesText: true) == .command(.submit))
        #expect(map.action(for: .control("c"), in: .form, takesText: true) == .command(.quitNow))
    }

    @Test("No key means two things in one context")
    func unambiguous() {
        for context in KeyContext.allCases {
            let keys = map.bindings.filter { $0.contexts.contains(context) }.flatMap(\.keys)
            #expect(Set(keys).count == keys.count, "\(context)")
        }
    }

    @Test("Every command except typing helpers has a letter or Ctrl-letter key somewhere")
    func letters() {
        let lettered = Set(map.bindings.filter { $0.keys.contains(where: Self.isLetter) }.map(\.command))
        let special: Set<Command> = [.open, .submit, .nextField, .previousField, .backspace, .back, .quitNow]
        #expect(Set(Command.allCases).subtracting(lettered).subtracting(special).isEmpty)
    }

    static func isLetter(_ key: Key) -> Bool {
        switch key {
        case .character, .control: true
        default: false
        }
    }

    @Test("The hint bar shows only available commands, each row of the table once")
    func hints() throws {
        let hints = map.hints(in: .list, available: [.search, .help, .quit])
        #expect(hints.map(\.key) == ["/", "?", "q"])
        #expect(map.hints(in: .details, available: [.back]).map(\.key) == ["Esc", "q"])
        #expect(map.hints(in: .form, available: [.back], takesText: true).map(\.key) == ["Esc"], "q is typed")
        let split = try AppConfig.parse("bind x back details\n").keyMap
        #expect(split.hints(in: .details, available: [.back]).map(\.key) == ["Esc", "q"])
    }

    @Test("Config files may still use the former names toggleMark and page")
    func formerNames() throws {
        let changed = try AppConfig.parse("bind x toggleMark\nbind C-e edit page\n").keyMap
        #expect(changed.action(for: .character("x"), in: .list, takesText: false) == .command(.mark))
        #expect(changed.action(for: .character("x"), in: .roles, takesText: false) == .command(.toggleChoice))
        #expect(changed.action(for: .character("x"), in: .form, takesText: false) == .command(.toggleChoice))
        #expect(changed.action(for: .character("x"), in: .details, takesText: false) == nil)
        #expect(changed.action(for: .control("e"), in: .info, takesText: false) == .command(.edit))
        let listOnly = try AppConfig.parse("bind x toggleMark list\n").keyMap
        #expect(listOnly.action(for: .character("x"), in: .list, takesText: false) == .command(.mark))
        #expect(listOnly.action(for: .character("x"), in: .roles, takesText: false) == nil)
    }

    @Test("Config lines rebind keys and set the Esc delay")
    func config() throws {
        let config = try AppConfig.parse(
            "# mine\n\nbind x delete\nunbind d\nbind C-d pageDown list\nescdelay 50\nrefresh 5\n")
        let changed = config.keyMap
        #expect(changed.action(for: .character("x"), in: .list, takesText: false) == .command(.delete))
        #expect(changed.action(for: .character("d"), in: .list, takesText: false) == nil)
        #expect(changed.action(for: .control("d"), in: .list, takesText: false) == .command(.pageDown))
        #expect(changed.action(for: .control("d"), in: .details, takesText: false) == nil)
        #expect(changed.action(for: .control("f"), in: .details, takesText: false) == .command(.pageDown))
        #expect(config.escapeDelay == 50)
        #expect(config.refresh == 5)
        #expect(AppConfig().refresh == 30)
    }

    @Test("A comment may follow a directive; # is still a key to bind")
    func comments() throws {
        let config = try AppConfig.parse(
            """
            bind x delete             # x also deletes, wherever delete has a key
            bind C-d pageDown list    # only in the users table (contexts: list search details roles)
            unbind P                  # P does nothing
            escdelay 50               # in ms (default 25)
            refresh 60                # over the API (default 30;
                                      # 0 turns the live refresh off)
            bind # help list #the # key opens the help
            unbind\t#\t# and no longer does
            bind # help\t# it does again
            """)
        let changed = config.keyMap
        #expect(changed.action(for: .character("x"), in: .list, takesText: false) == .command(.delete))
        #expect(changed.action(for: .control("d"), in: .list, takesText: false) == .command(.pageDown))
        #expect(changed.action(for: .character("P"), in: .list, takesText: false) == nil)
        #expect(changed.action(for: .character("#"), in: .details, takesText: false) == .command(.help))
        #expect(config.escapeDelay == 50)
        #expect(config.refresh == 60)
        #expect(throws: AppConfig.LineError(line: 1, reason: "unknown command \"delete#\"")) {
            try AppConfig.parse("bind x delete# a comment needs a space before it")
        }
    }

    @Test(
        "A broken config names its line",
        arguments: [
            ("bind x down\nbind y explode\n", AppConfig.LineError(line: 2, reason: "unknown command \"explode\"")),
            ("bind Hyper-x down", AppConfig.LineError(line: 1, reason: "unknown key \"Hyper-x\"")),
            ("escdelay soon", AppConfig.LineError(line: 1, reason: "use: escdelay <milliseconds from 0 to 1000>")),
            ("refresh -1", AppConfig.LineError(line: 1, reason: "use: refresh <seconds from 0 to 86400>")),
            (
                "colour red",
                AppConfig.LineError(
                    line: 1,
                    reason: "unknown directive \"colour\" (use bind, unbind, escdelay, refresh, mouse or theme)")
            ),
        ])
    func brokenConfig(text: String, error: AppConfig.LineError) {
        #expect(throws: error) { try AppConfig.parse(text) }
    }

    @Test("A broken config file gives the defaults and a message")
    func brokenFile() throws {
        let path = NSTemporaryDirectory() + "orgtui-config-\(UUID().uuidString)"
        try "bind x delete\nbind q nothing\n".write(toFile: path, atomically: true, encoding: .utf8)
        defer { try? FileManager.default.removeItem(atPath: path) }
        let config = AppConfig.load(path: path)
        #expect(config.keyMap == KeyMap.standard)
        #expect(config.problem == "\(path) line 2: unknown command \"nothing\"; using the default keys.")
        #expect(AppConfig.load(path: path + "-absent") == AppConfig())
    }

    @Test("Key names round-trip")
    func names() {
        let keys: [Key] = [.character("j"), .character(" "), .control("r"), .pageDown, .backTab, .function(5), .escape]
        for key in keys { #expect(Key(name: key.name) == key) }
    }
}
