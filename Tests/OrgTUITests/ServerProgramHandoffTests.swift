import Foundation
import OrgCLI
import Testing

@testable import OrgTUI

/// `orgtui serve`, `token` and `store` exec `orgtui-server`; a database URL among their arguments reaches
/// it whole, password and all, but through its environment: the server's command line, which `ps` shows
/// every user for as long as it runs (/proc/PID/cmdline), never holds the password. A URL without a password
/// takes it from the password file (PGPASSFILE). One case at a time: a child started while another test
/// spawns inherits that test's pipe and holds it open as long as it runs.
@Suite(.serialized) struct ServerProgramHandoffTests {
    static let password = "pw-canary-7f3a"

    /// URL stands for the database's URL with its password, BARE for it without, STORE for a local store.
    @Test(arguments: [
        ["serve", "--database", "URL", "--port", "0"],
        ["store", "copy", "--from", "STORE", "--to=URL"],
        ["token", "list", "--database", "BARE"],
    ])
    func theDatabasePasswordIsNotInTheServersCommandLine(_ template: [String]) async throws {
        let fixture = try MemberStoreFixture(members: 1)
        defer { fixture.remove() }
        let database = try PostgresDoorman()
        let bare = "postgresql://orgtui@127.0.0.1:\(database.port)/acme"
        let arguments = template.map {
            $0.replacingOccurrences(of: "URL", with: bare.replacingOccurrences(of: "@", with: ":\(Self.password)@"))
                .replacingOccurrences(of: "BARE", with: bare).replacingOccurrences(of: "STORE", with: fixture.path)
        }
        let passFile = fixture.directory + "/pgpass"
        try Data("127.0.0.1:\(database.port):acme:orgtui:\(Self.password)\n".utf8).write(
            to: URL(fileURLWithPath: passFile))
        #expect(chmod(passFile, 0o600) == 0)
        let tmux = try Tmux(
            width: 100, height: 10,
            command: "exec env ORGTUI_DATABASE_URL=postgresql://other:pw@127.0.0.1:1/other PGPASSFILE=\(passFile) "
                + "\(MemberStoreFixture.binary) \(arguments.joined(separator: " ")) 2>\(fixture.directory)/log")
        defer { tmux.stop() }
        let greeted = try await database.greet()
        defer { close(greeted.client) }
        // The server waits for the database's answer, so it still runs as the pane's process.
        let pid = try tmux.format("#{pane_pid}")
        let commandLine = try String(contentsOfFile: "/proc/\(pid)/cmdline", encoding: .utf8)
            .replacingOccurrences(of: "\0", with: " ")
        // orgtui-server runs it, named orgtui in its argv[0] so that its usage lines say what was typed.
        let program = try String(contentsOfFile: "/proc/\(pid)/comm", encoding: .utf8)
        #expect(program == "orgtui-server\n" && commandLine.hasPrefix("orgtui \(arguments[0]) "), "\(commandLine)")
        #expect(!commandLine.contains(Self.password), "\(commandLine)")
        // The URL on the command line, not ORGTUI_DATABASE_URL, as when it was passed in the arguments.
        #expect(greeted.parameters.contains(["user", "orgtui"]) && greeted.parameters.contains(["database", "acme"]))
        #expect(greeted.password == Self.password)
    }

    @Test func everyURLTravelsApartAndComesBackInItsPlace() {
        let typed = [
            "copy", "--from", "/tmp/a b.sqlite", "--to=postgres://u:pw@db/x", "--database", "postgresql://u:pw@db/acme",
        ]
        let inherited = ["PATH": "/bin", "ORGTUI_HANDOFF_9": "stale", "ORGTUI_DATABASE_URL": "postgresql://e@db/e"]
        let handed = ArgumentHandoff.hide(typed, environment: inherited)
        #expect(
            handed.arguments == [
                "copy", "--from", "/tmp/a b.sqlite", "--to=$ORGTUI_HANDOFF_4", "--database", "$ORGTUI_HANDOFF_6",
            ])
        #expect(
            handed.environment == [
                "PATH": "/bin", "ORGTUI_DATABASE_URL": "postgresql://e@db/e",
                "ORGTUI_HANDOFF_4": "postgres://u:pw@db/x", "ORGTUI_HANDOFF_6": "postgresql://u:pw@db/acme",
            ])
        #expect(ArgumentHandoff.restore(handed.arguments, environment: handed.environment) == typed)
        #expect(ArgumentHandoff.restore(["--to=$ORGTUI_HANDOFF_4"], environment: [:]) == ["--to=$ORGTUI_HANDOFF_4"])
    }
}
