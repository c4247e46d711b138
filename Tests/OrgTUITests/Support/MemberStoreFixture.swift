import ChildProcesses
import Foundation
import OrgModel
import OrgRecords
import OrgStore

/// A temporary directory with a store of `Ada Admin` and `Member 001` ... `Member NNN` (username and
/// password users with ids `auth0|…0001`), plus the environment that keeps orgtui's log and config in it.
struct MemberStoreFixture {
    let directory: String
    let path: String
    let store: SQLiteStore

    /// The debug build of orgtui that `swift build --build-tests` (and `make test`) makes.
    static let binary = URL(fileURLWithPath: #filePath).deletingLastPathComponent().deletingLastPathComponent()
        .deletingLastPathComponent().deletingLastPathComponent().appendingPathComponent(".build/debug/orgtui").path

    init(members: Int) throws {
        guard FileManager.default.isExecutableFile(atPath: Self.binary) else {
            throw ChildProcess.Failed("\(Self.binary) is missing: run `swift build --build-tests` first.")
        }
        directory = NSTemporaryDirectory() + "orgtui-e2e-" + UUID().uuidString
        try FileManager.default.createDirectory(atPath: directory, withIntermediateDirectories: true)
        path = directory + "/org.sqlite"
        store = try SQLiteStore.create(
            at: path, organization: OrganizationSeed(name: "Acme Robotics", shortName: "acme"),
            admin: MemberSeed(
                id: Self.id(0), name: "Ada Admin", email: "ada@acme.test",
                roles: [.admin], connection: .usernamePassword))
        try store.importMembers(
            (1...members).map { n in
                MemberSeed(
                    id: Self.id(n), name: Self.name(n), email: Self.email(n),
                    roles: n % 5 == 0 ? [.analyst] : [.developer], connection: .usernamePassword)
            })
    }

    static func id(_ n: Int) -> String { "auth0|" + String(format: "%024x", n) }
    static func name(_ n: Int) -> String { String(format: "Member %03d", n) }
    static func email(_ n: Int) -> String { String(format: "member.%03d@acme.test", n) }

    /// The shell command that starts the built orgtui on this store (or the one at `store`), then reports how
    /// it ended and the terminal's modes (the pane stays on screen: `remain-on-exit`).
    /// With `api`, orgtui uses that server instead, with `token` in ORGTUI_TOKEN.
    func command(_ arguments: String = "", store: String? = nil, api: String? = nil, token: String = "") -> String {
        let backend = api.map { "--api \($0)" } ?? "--store \(store ?? path)"
        return "env XDG_STATE_HOME=\(directory)/state XDG_CONFIG_HOME=\(directory)/config ORGTUI_TOKEN=\(token) "
            + "\(Self.binary) \(backend) \(arguments); echo \"EXIT=$?\"; "
            + "echo \"MODES=$(stty -a | tr ' ' '\\n' | grep -x -- '-\\?icanon\\|-\\?echo' | tr '\\n' ' ')\"; "
            + "exit 0"
    }

    /// Runs the built orgtui on this store (`--store` after `arguments`) to its end: its exit status, what it
    /// wrote on stdout and what on stderr.
    func orgtui(_ arguments: [String]) async throws -> ChildProcess.Ended {
        try await ChildProcess.run([Self.binary] + arguments + ["--store", path])
    }

    /// Runs SQL on the store file with the sqlite3 shell (for names the API would refuse).
    func sql(_ statement: String) async throws {
        try await ChildProcess.output(["sqlite3", path, statement])
    }

    func remove() { try? FileManager.default.removeItem(atPath: directory) }
}
