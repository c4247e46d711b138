import Foundation
import OrgModel
import OrgStore
import Testing

/// The mouse and the arrows from outside: SGR mouse reports and both cursor modes' arrows written into the
/// built orgtui's terminal as raw bytes, whatever TERM says.
extension EndToEndTests {
    /// An SGR (1006) press and release of the left button at 0-based column `x` of row `y`.
    static func click(_ x: Int, _ y: Int) -> String { "\u{1B}[<0;\(x + 1);\(y + 1)M\u{1B}[<0;\(x + 1);\(y + 1)m" }

    /// Where `text` first shows on `screen`: its 0-based column and row.
    static func place(of text: String, on screen: String) throws -> (x: Int, y: Int) {
        let lines = screen.components(separatedBy: "\n")
        let y = try #require(lines.firstIndex { $0.contains(text) }, "\(text) is not on the screen:\n\(screen)")
        let line = lines[y]
        return (line.distance(from: line.startIndex, to: line.range(of: text)!.lowerBound), y)
    }

    @Test("The mouse: a click selects a row, a double click opens it, the wheel scrolls, hint keys, roles, fields")
    func mouse() async throws {
        let store = try MemberStoreFixture(members: 30)
        defer { store.remove() }
        let tmux = try Tmux(width: 100, height: 30, command: store.command())
        defer { tmux.stop() }
        try tmux.waitFor("1-25 of 31")
        #expect(try tmux.format("#{mouse_sgr_flag}") == "1")
        let body = 3  // header, title line, column titles

        try tmux.type(Self.click(10, body + 3))
        try tmux.keys("Enter")
        try tmux.waitFor("Email    member.003@acme.test")
        try tmux.keys("Escape")
        try tmux.waitFor("All users")

        try tmux.type(Self.click(10, body + 5) + Self.click(10, body + 5))
        try tmux.waitFor("Email    member.005@acme.test")
        try tmux.keys("Escape")
        try tmux.waitFor("All users")

        try tmux.type("\u{1B}[<65;10;10M")
        try tmux.keys("Enter")
        try tmux.waitFor("Email    member.008@acme.test")
        try tmux.keys("Escape")

        let help = try Self.place(of: "? Help", on: try tmux.waitFor("All users"))
        try tmux.type(Self.click(help.x + 2, help.y))
        try tmux.waitFor(" Keys")
        try tmux.keys("Escape")

        try tmux.keys("e")
        let admin = try Self.place(of: "1 admin", on: try tmux.waitFor("[ ] 1 admin"))
        try tmux.type(Self.click(admin.x, admin.y))
        try tmux.waitFor("Change: +admin")
        try tmux.keys("Escape", "i")
        let name = try Self.place(of: "Name", on: try tmux.waitFor("Invite someone"))
        try tmux.type(Self.click(name.x + 20, name.y))
        try tmux.type("Zed")
        try tmux.waitFor("the name field holds what was typed") { screen in
            screen.components(separatedBy: "\n").contains { $0.contains("Name") && $0.contains("Zed") }
        }
        try tmux.keys("Escape", "q")
        try tmux.waitFor("EXIT=0", history: true) { $0.contains("EXIT=0") }
    }

    @Test("mouse off in the config leaves the mouse to the terminal: no reports are asked for")
    func mouseOff() async throws {
        let store = try MemberStoreFixture(members: 30)
        defer { store.remove() }
        try FileManager.default.createDirectory(
            atPath: store.directory + "/config/orgtui", withIntermediateDirectories: true)
        try "mouse off\n".write(toFile: store.directory + "/config/orgtui/config", atomically: true, encoding: .utf8)
        let tmux = try Tmux(width: 100, height: 30, command: store.command())
        defer { tmux.stop() }
        try tmux.waitFor("1-25 of 31")
        #expect(try tmux.format("#{mouse_any_flag}#{mouse_sgr_flag}") == "00")
        try tmux.keys("q")
        try tmux.waitFor("EXIT=0", history: true) { $0.contains("EXIT=0") }
    }

    @Test("Ctrl-Z gives the terminal back with the mouse reports off; on continue the screen and the mouse return")
    func suspend() async throws {
        let store = try MemberStoreFixture(members: 30)
        defer { store.remove() }
        let tmux = try Tmux(width: 100, height: 30, command: store.command())
        defer { tmux.stop() }
        try tmux.waitFor("1-25 of 31")
        #expect(try tmux.format("#{mouse_any_flag}#{mouse_sgr_flag}#{alternate_on}") == "111")
        try tmux.keys("C-z")
        try Self.waitForFormat(tmux, "#{mouse_any_flag}#{mouse_sgr_flag}#{alternate_on}", "000")
        // The pane's shell leads the process group that the terminal stopped: continue it as `fg` would.
        let shell = try #require(Int32(try tmux.format("#{pane_pid}")))
        kill(-shell, SIGCONT)
        try Self.waitForFormat(tmux, "#{mouse_any_flag}#{mouse_sgr_flag}#{alternate_on}", "111")
        try tmux.waitFor("1-25 of 31")
        try tmux.keys("j", "Enter")
        try tmux.waitFor("Email    member.001@acme.test")
        try tmux.keys("Escape", "q")
        try tmux.waitFor("EXIT=0", history: true) { $0.contains("EXIT=0") }
    }

    /// Polls the tmux `format` until it reads `expected`, for at most 30 s.
    static func waitForFormat(
        _ tmux: Tmux, _ format: String, _ expected: String, sourceLocation: SourceLocation = #_sourceLocation
    ) throws {
        let deadline = Date().addingTimeInterval(30)
        var last = ""
        while Date() < deadline {
            last = try tmux.format(format)
            if last == expected { return }
            Thread.sleep(forTimeInterval: 0.02)
        }
        Issue.record("\(format) stayed \(last), not \(expected)", sourceLocation: sourceLocation)
        throw Tmux.TimedOut()
    }

    @Test("The arrows, Home and End in both cursor modes move, under TERM=xterm and TERM=screen; Esc alone is Esc")
    func arrowsInBothModes() async throws {
        for term in ["xterm", "screen"] {
            let store = try MemberStoreFixture(members: 30)
            defer { store.remove() }
            let tmux = try Tmux(width: 100, height: 30, command: "env TERM=\(term) " + store.command())
            defer { tmux.stop() }
            try tmux.waitFor("1-25 of 31")
            try tmux.type("\u{1B}[B\u{1B}[B\u{1B}OB")
            try tmux.keys("Enter")
            try tmux.waitFor("Email    member.003@acme.test")
            try tmux.keys("Escape")
            try tmux.type("\u{1B}[F\u{1B}[1~\u{1B}OB")
            try tmux.keys("Enter")
            try tmux.waitFor("Email    member.001@acme.test")
            try tmux.keys("Escape")
            try tmux.type("\u{1B}[4~\u{1B}[H")
            try tmux.keys("Enter")
            try tmux.waitFor("Email    ada@acme.test")
            try tmux.keys("Escape")

            // In the delete dialog, ESC [ C moves to Yes (it closed the dialog before): Enter deletes.
            try tmux.type("\u{1B}[B\u{1B}[B")
            try tmux.keys("d")
            try tmux.waitFor("Delete Member 002")
            try tmux.type("\u{1B}[C")
            try tmux.keys("Enter")
            try tmux.waitFor("Deleted Member 002")
            // A lone Esc still closes a dialog.
            try tmux.keys("d")
            try tmux.waitFor("Delete Member")
            try tmux.keys("Escape")
            try tmux.waitFor("the dialog closed") { !$0.contains("Delete Member") }
            try tmux.keys("q")
            try tmux.waitFor("EXIT=0", history: true) { $0.contains("EXIT=0") }
        }
    }
}
