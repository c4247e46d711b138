import Foundation
import OrgModel
import Testing

@testable import OrgPostgres

/// A database URL without a password takes it from the password file (`PGPASSFILE`, else `~/.pgpass`), as
/// libpq does: the first line whose host, port, database and user match (`*` for any, `\` escapes), and
/// never from a file that group or others may use, which is ignored with a warning.
@Suite struct PostgresPassFileTests {
    /// A temporary home with `text` in its `.pgpass` (mode `mode`); its environment.
    static func home(_ text: String, mode: mode_t = 0o600) throws -> [String: String] {
        let home = NSTemporaryDirectory() + "orgtui-pgpass-" + UUID().uuidString
        try FileManager.default.createDirectory(atPath: home, withIntermediateDirectories: false)
        try Data(text.utf8).write(to: URL(fileURLWithPath: home + "/.pgpass"))
        #expect(chmod(home + "/.pgpass", mode) == 0)
        return ["HOME": home]
    }

    static func password(_ url: String, _ environment: [String: String]) throws(BackendError) -> String? {
        try PostgresLocation(url: url, environment: environment).configuration.password
    }

    @Test func theFirstLineThatMatchesGivesThePassword() throws {
        let environment = try Self.home(
            """
            # host:port:database:user:password
            db.internal:5432:acme:orgtui:first
            db.internal:5432:acme:orgtui:second
            db.internal:*:*:reader:with\\:colon:and\\\\slash
            *:6432:*:*:any
            """)
        defer { try? FileManager.default.removeItem(atPath: environment["HOME"]!) }
        #expect(try Self.password("postgresql://orgtui@db.internal/acme", environment) == "first")
        #expect(try Self.password("postgresql://reader@db.internal:7000/x", environment) == "with:colon:and\\slash")
        #expect(try Self.password("postgresql://someone@elsewhere:6432/y", environment) == "any")
        #expect(try Self.password("postgresql://orgtui@db.internal/other", environment) == nil)
        // A password in the URL wins; PGPASSFILE names another file.
        #expect(try Self.password("postgresql://orgtui:typed@db.internal/acme", environment) == "typed")
        #expect(try Self.password("postgresql://orgtui@db.internal/acme", ["PGPASSFILE": "/nonexistent"]) == nil)
    }

    @Test func aFileOthersMayReadIsIgnoredWithAWarningAsLibpqDoes() throws {
        let environment = try Self.home("*:*:*:*:secret\n", mode: 0o644)
        defer { try? FileManager.default.removeItem(atPath: environment["HOME"]!) }
        let file = environment["HOME"]! + "/.pgpass"
        let location = try PostgresLocation(url: "postgresql://orgtui@db.internal/acme", environment: environment)
        #expect(location.configuration.password == nil)
        #expect(location.warnings.count == 1)
        let warning = try #require(location.warnings.first)
        #expect(warning.contains("(mode 0644)") && warning.contains("chmod 600 \(file)"))
        #expect(!warning.contains("secret"))
    }
}
