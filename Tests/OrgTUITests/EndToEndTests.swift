import Foundation
import OrgModel
import OrgStore
import Testing

/// The built `orgtui` in tmux on a temporary store: keys in with send-keys, the screen out with
/// capture-pane, the store checked through `SQLiteStore`. Every wait polls with a deadline.
@Suite("End to end in tmux", .serialized)
struct EndToEndTests {
    func roles(_ store: MemberStoreFixture, _ n: Int) async throws -> Set<Role>? {
        do {
            return try await SQLiteStore(openingAt: store.path).backend().getUser(id: MemberStoreFixture.id(n)).roles
        } catch .notFound {
            return nil
        }
    }

    @Test("An admin's session: browse, search, details, roles and undo, invite, delete, reset, profile, resize, quit")
    func session() async throws {
        let store = try MemberStoreFixture(members: 250)
        defer { store.remove() }
        let tmux = try Tmux(width: 100, height: 30, command: store.command())
        defer { tmux.stop() }

        // Opening: the first page, with the position of 251 users.
        try tmux.waitFor("1-25 of 251")
        try tmux.waitFor("Member 024")

        // Scrolling past the first API page (100 users).
        try tmux.keys("NPage", "NPage", "NPage", "NPage", "NPage")
        try tmux.waitFor("row 125 loaded") { $0.contains("Member 125") && !$0.contains("loading…") }
        try tmux.keys("g")
        try tmux.waitFor("1-25 of 251")

        // Searching: a valid query filters, Esc shows everyone again.
        try tmux.keys("/")
        try tmux.type("ada")
        try tmux.waitFor("1-1 of 1")
        try tmux.keys("Escape")
        try tmux.waitFor("1-25 of 251")

        // Opening details: Member 002 is the third row.
        try tmux.keys("j", "j", "Enter")
        try tmux.waitFor("member.002@acme.test") {
            $0.contains("Email    member.002@acme.test") && $0.contains("Roles    developer")
        }

        // Copying the email puts it on the clipboard with OSC 52 (tmux keeps it as a paste buffer).
        try tmux.keys("y")
        try tmux.waitFor("Copied member.002@acme.test")
        #expect(try tmux.run(["show-buffer"]) == "member.002@acme.test")

        // Editing roles, then checking the store.
        try tmux.keys("e")
        try tmux.waitFor("[ ] 1 admin")
        try tmux.keys("1")
        try tmux.waitFor("Change: +admin")
        try tmux.keys("Enter")
        try await eventually("admin saved in the store") { try await roles(store, 2) == [.admin, .developer] }

        // Undo puts the roles back.
        try tmux.waitFor("u Undo")
        try tmux.keys("u")
        try await eventually("undo saved in the store") { try await roles(store, 2) == [.developer] }

        // Inviting.
        try tmux.keys("Escape")
        try tmux.waitFor("All users")
        try tmux.keys("i")
        try tmux.waitFor("Invite someone")
        try tmux.type("new.person@acme.test")
        try tmux.keys("Tab")
        try tmux.type("New Person")
        try tmux.keys("Enter")
        try tmux.waitFor("Invited New Person")
        #expect(try store.store.pendingInvitations().map(\.invitation.email) == ["new.person@acme.test"])

        // Deleting with confirmation (Member 003, the fourth row).
        try tmux.keys("g", "j", "j", "j", "d")
        try tmux.waitFor("Delete Member 003")
        try tmux.keys("y")
        try tmux.waitFor("Deleted Member 003")
        #expect(try await roles(store, 3) == nil)

        // Password reset with confirmation (the fourth row is now Member 004).
        try tmux.waitFor("Member 004")
        try tmux.keys("P")
        try tmux.waitFor("member.004@acme.test?") { $0.contains("[ No ]") && $0.contains("member.004@acme.test") }
        try tmux.keys("y")
        try tmux.waitFor("Password reset email sent to member.004@acme.test")
        #expect(try store.store.outbox().contains { $0.recipient == "member.004@acme.test" })

        // Editing the profile.
        try tmux.keys("m")
        try tmux.waitFor("My profile")
        try tmux.keys("e")
        try tmux.waitFor("Edit my profile")
        try tmux.type(" Lovelace")
        try tmux.keys("Enter")
        try tmux.waitFor("Profile saved")
        let me = try await SQLiteStore(openingAt: store.path).backend().getMe()
        #expect(me.name == "Ada Admin Lovelace")

        // Resizing re-lays out at once; too small says what is needed.
        try tmux.keys("Escape")
        try tmux.waitFor("All users")
        try tmux.run(["resize-window", "-t", tmux.target, "-x", "70", "-y", "20"])
        try tmux.waitFor("15 rows") { $0.contains("1-15 of 250") }
        try tmux.run(["resize-window", "-t", tmux.target, "-x", "50", "-y", "12"])
        try tmux.waitFor("Terminal too small: 50x12")
        try tmux.run(["resize-window", "-t", tmux.target, "-x", "100", "-y", "30"])
        try tmux.waitFor("1-25 of 250")

        // Quitting restores the terminal.
        try tmux.keys("q")
        let end = try tmux.waitFor("the shell after orgtui", history: true) { $0.contains("MODES=") }
        #expect(end.contains("EXIT=0"))
        #expect(end.contains("MODES=icanon echo"))
        #expect(try tmux.format("#{alternate_on}") == "0")
    }

    @Test("Hostile names show as visible escapes and never reach the terminal")
    func hostileNames() async throws {
        let store = try MemberStoreFixture(members: 10)
        defer { store.remove() }
        try await store.sql(
            """
            UPDATE member SET name = 'Mallory' || char(27) || ']0;pwned' || char(7) || char(27) || '[2J' WHERE id = '\(MemberStoreFixture.id(1))';
            UPDATE member SET name = 'Trudy' || char(8238) || 'nimda' || char(8294) WHERE id = '\(MemberStoreFixture.id(2))';
            UPDATE member SET name = 'Fake' || char(13) || char(10) || 'Row' || char(155) || '2J' || char(8203) WHERE id = '\(MemberStoreFixture.id(3))';
            UPDATE member SET name = 'Bell' || char(7) || char(8) || char(127) || char(9) || 'x' || char(8205) || 'y' WHERE id = '\(MemberStoreFixture.id(4))';
            """)
        let tmux = try Tmux(width: 120, height: 30, command: store.command())
        defer { tmux.stop() }
        let title = try tmux.format("#{pane_title}")
        let screen = try tmux.waitFor("the hostile rows with their roles") {
            $0.contains("Mallory^[]0;pwned^G^[[2J") && $0.contains("member.004@acme.test developer")
        }
        #expect(screen.contains("Trudy<U+202E>nimda<U+2066>"))
        #expect(screen.contains("Fake^M^JRow<U+009B>2J<U+200B>"))
        #expect(screen.contains("Bell^G^H^?^Ix<U+200D>y"))
        let lines = screen.split(separator: "\n", omittingEmptySubsequences: false)
        #expect(lines.count == 31 || lines.count == 30)
        #expect(
            lines[1].contains("1-11 of 11") && lines[2].contains("Name")
                && lines.last { !$0.isEmpty }?.hasPrefix("? Help") == true)
        #expect(try tmux.format("#{pane_title}") == title)
        try tmux.keys("q")
        try tmux.waitFor("EXIT=0", history: true) { $0.contains("EXIT=0") }
    }

    @Test("SIGTERM and Ctrl-C restore the terminal")
    func signals() async throws {
        let store = try MemberStoreFixture(members: 3)
        defer { store.remove() }
        let tmux = try Tmux(width: 80, height: 24, command: store.command())
        defer { tmux.stop() }
        try tmux.waitFor("1-4 of 4")
        try tmux.keys("C-c")
        let end = try tmux.waitFor("the shell after orgtui", history: true) { $0.contains("MODES=") }
        #expect(end.contains("MODES=icanon echo"))
        #expect(try tmux.format("#{alternate_on}") == "0")

        let direct = try Tmux(width: 80, height: 24, command: "exec " + store.command().components(separatedBy: ";")[0])
        defer { direct.stop() }
        try direct.waitFor("1-4 of 4")
        let pid = try Int32(direct.format("#{pane_pid}"))!
        kill(pid, SIGTERM)
        try direct.waitFor("the pane to end") { _ in (try? direct.format("#{pane_dead}")) == "1" }
        #expect(try direct.format("#{alternate_on}") == "0")
    }

    @Test("The first run creates the store; a broken config is named in the status line")
    func firstRun() async throws {
        let store = try MemberStoreFixture(members: 1)
        defer { store.remove() }
        let path = store.directory + "/new/org.sqlite"
        try FileManager.default.createDirectory(
            atPath: store.directory + "/config/orgtui", withIntermediateDirectories: true)
        try "bind x explode\n".write(
            toFile: store.directory + "/config/orgtui/config", atomically: true, encoding: .utf8)
        let tmux = try Tmux(width: 100, height: 30, command: store.command(store: path))
        defer { tmux.stop() }
        try tmux.waitFor("Create a new local store")
        try tmux.type("Bta Corp")
        try tmux.keys("Home", "Right")
        try tmux.type("e")
        try tmux.keys("Enter")
        try tmux.type("be ta")
        try tmux.keys("Enter")
        try tmux.type("Bea Admin")
        try tmux.keys("Enter")
        try tmux.type("bea@beta.test")
        try tmux.keys("Enter")
        try tmux.waitFor("Short name uses lowercase letters a-z, digits and hyphens only")
        try tmux.keys("C-u")
        try tmux.type("beta")
        try tmux.keys("Enter", "Enter", "Enter")
        let screen = try tmux.waitFor("the new store's table") {
            $0.contains("1-1 of 1") && $0.contains("Beta Corp · Bea Admin (admin)")
        }
        #expect(screen.contains("/config/orgtui/config line 1: unknown command"))
        #expect(try await SQLiteStore(openingAt: path).backend().getOrganization().shortName == "beta")
        try tmux.keys("q")
        try tmux.waitFor("EXIT=0", history: true) { $0.contains("EXIT=0") }
    }

    @Test("With --api and --debug against orgtui serve --debug, the token is on no screen, log, output or file")
    func apiSessionKeepsTheTokenSecret() async throws {
        let store = try MemberStoreFixture(members: 30)
        defer { store.remove() }
        let token = try await store.adminToken()
        let secret = String(token.split(separator: "_").last!)
        let (server, url) = try await store.serve(debug: true)
        defer { server.stop() }
        let serveLog = store.serveLog

        let tmux = try Tmux(width: 100, height: 30, command: store.command("--debug", api: url, token: token))
        defer { tmux.stop() }
        try tmux.waitFor("the first page with roles") {
            $0.contains("1-25 of 31") && $0.contains("member.003@acme.test developer")
        }
        try tmux.keys("j", "Enter")
        try tmux.waitFor("Email    member.001@acme.test")
        try tmux.keys("Escape", "q")
        let screens = try tmux.waitFor("EXIT=0", history: true) { $0.contains("EXIT=0") }

        let log = try String(contentsOfFile: store.directory + "/state/orgtui/orgtui.log", encoding: .utf8)
        #expect(log.contains("request GET /users/me") && log.lowercased().contains("authorization: <redacted>"))
        let files = try FileManager.default.subpathsOfDirectory(atPath: store.directory).compactMap { path in
            FileManager.default.contents(atPath: store.directory + "/" + path)
        }
        #expect(files.count >= 4)
        for text in [screens, log, try String(contentsOfFile: serveLog, encoding: .utf8)] {
            #expect(!text.contains(secret))
        }
        #expect(files.allSatisfy { $0.range(of: Data(secret.utf8)) == nil })
    }
}
