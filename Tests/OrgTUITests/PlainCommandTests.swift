import OrgModel
import Testing
@testable import OrgTUI

/// The line mode's parser: a line becomes the command it names, or a sentence that says what to type.
@Suite("Line mode commands")
struct PlainCommandTests {
    func refusal(_ line: String) -> String? {
        guard case .failure(let refusal) = PlainCommand.parse(line) else { return nil }
        return refusal.message
    }

    @Test("Each word gives its command, whatever its case and spacing")
    func words() {
        #expect(PlainCommand.parse("next") == .success(.move(.pageDown)))
        #expect(PlainCommand.parse("  PREV ") == .success(.move(.pageUp)))
        #expect(PlainCommand.parse("first") == .success(.move(.first)))
        #expect(PlainCommand.parse("last") == .success(.move(.last)))
        #expect(PlainCommand.parse("undo") == .success(.plain(.undo)))
        #expect(PlainCommand.parse("org") == .success(.plain(.organization)))
        #expect(PlainCommand.parse("me") == .success(.plain(.profile)))
        #expect(PlainCommand.parse("audit") == .success(.plain(.audit)))
        #expect(PlainCommand.parse("profiles") == .success(.plain(.profiles)))
        #expect(PlainCommand.parse("invite") == .success(.invite))
        #expect(PlainCommand.parse("help") == .success(.help))
        #expect(PlainCommand.parse("quit") == .success(.quit))
        #expect(PlainCommand.parse("list") == .success(.list))
        #expect(PlainCommand.parse("") == .success(.nothing))
        #expect(PlainCommand.parse("switch staging") == .success(.switchProfile("staging")))
    }

    @Test("A search keeps its words and inner spaces; search alone shows everyone")
    func search() {
        #expect(PlainCommand.parse("search  Ann Lee ") == .success(.search("Ann Lee")))
        #expect(PlainCommand.parse("search") == .success(.search(nil)))
    }

    @Test("Row numbers and role changes")
    func rows() {
        #expect(
            PlainCommand.parse("roles 3 +admin -analyst")
                == .success(.roles(3, RoleDelta(add: [.admin], remove: [.analyst]))))
        #expect(PlainCommand.parse("open 12") == .success(.open(12)))
        #expect(PlainCommand.parse("filter admin,Analyst") == .success(.filter([.admin, .analyst])))
        #expect(PlainCommand.parse("filter admin analyst") == .success(.filter([.admin, .analyst])))
        #expect(PlainCommand.parse("filter") == .success(.filter([])))
        #expect(PlainCommand.parse("delete 1") == .success(.delete(1)))
        #expect(PlainCommand.parse("reset 2") == .success(.reset(2)))
    }

    @Test("A line that is no command says why, in words that say what to type")
    func refusals() {
        #expect(refusal("frobnicate") == "Unknown command \"frobnicate\". Type help for the commands.")
        #expect(refusal("open") == "open needs a row number from the last list, such as \"open 3\".")
        #expect(refusal("delete 0") == "delete needs a row number from the last list, such as \"delete 3\".")
        #expect(refusal("roles 3") == "Say which roles change, such as \"roles 3 +admin -analyst\".")
        #expect(
            refusal("roles 3 admin") == "Write each role change as +ROLE or -ROLE, such as \"roles 3 +admin -analyst\"."
        )
        #expect(refusal("roles 3 +boss") == "\"boss\" is not a role; the roles are admin, developer, analyst.")
        #expect(refusal("roles 3 +admin -admin") == "A role cannot be both added and removed: +admin -admin.")
        #expect(refusal("quit now") == "quit takes nothing after it. Type help for the commands.")
        #expect(refusal("switch") == "switch needs the name of a saved profile; profiles lists them.")
    }

    @Test("help lists every command once, in the key map's words where it has them")
    func help() {
        let lines = PlainCommandTable.helpLines(keyMap: .standard)
        #expect(lines.count == PlainCommandTable.entries.count + 1)
        for entry in PlainCommandTable.entries {
            #expect(lines.contains { $0.hasPrefix("  " + entry.word + " ") }, "\(entry.word)")
        }
        let invite = KeyMap.standard.bindings.first { $0.command == .invite }?.help
        #expect(lines.contains { $0.hasPrefix("  invite ") && $0.hasSuffix(invite ?? "-") })
    }

    @Test("help says which commands the platform's API lacks, as the help screen does")
    func hidden() {
        var keyMap = KeyMap.standard
        keyMap.unavailable[.audit] = "listAuditEntries"
        let audit = PlainCommandTable.helpLines(keyMap: keyMap).first { $0.hasPrefix("  audit ") }
        #expect(audit?.contains("(hidden: the platform has no listAuditEntries)") == true)
    }
}
