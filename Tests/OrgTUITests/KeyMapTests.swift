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
        #expect(map.action(for: .character("q"), in: .details, takesText: false) == .command(.quit))
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

    @Test("The hint bar shows only available commands")
    func hints() {
        let hints = map.hints(in: .list, available: [.search, .help, .quit])
        #expect(hints.map(\.key) == ["/", "?", "q"])
    }

    @Test("Config lines rebind keys; a broken line names itself")
    func config() throws {
        let changed = try map.applying(config: "# mine\n\nbind x delete\nunbind d\nbind C-d pageDown list\nescdelay 50\n")
        #expect(changed.action(for: .character("x"), in: .list, takesText: false) == .command(.delete))
        #expect(changed.action(for: .character("d"), in: .list, takesText: false) == nil)
        #expect(changed.action(for: .control("d"), in: .list, takesText: false) == .command(.pageDown))
        #expect(changed.action(for: .control("d"), in: .details, takesText: false) == nil)
        #expect(throws: KeyMap.ConfigError(line: 2, reason: "unknown command \"explode\"")) {
            try map.applying(config: "bind x down\nbind y explode\n")
        }
        #expect(throws: KeyMap.ConfigError(line: 1, reason: "unknown key \"Hyper-x\"")) {
            try map.applying(config: "bind Hyper-x down")
        }
    }

    @Test("Key names round-trip")
    func names() {
        let keys: [Key] = [.character("j"), .character(" "), .control("r"), .pageDown, .backTab, .function(5), .escape]
        for key in keys { #expect(Key(name: key.name) == key) }
    }
}
