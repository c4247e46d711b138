import ChildProcesses
import Foundation
import Testing

/// Every line the commands print passes the sanitizer, whatever a crafted store file holds: no escape
/// sequence in a migration identifier, an email or an error reaches the terminal as control characters.
@Suite struct CommandOutputTests {
    /// Bytes a terminal would act on: C0 controls but the line feed, DEL, and the C1 controls (U+0080-U+009F).
    static func controls(in text: String) -> [Unicode.Scalar] {
        text.unicodeScalars.filter { ($0.value < 0x20 && $0 != "\n") || (0x7F...0x9F).contains($0.value) }
    }

    /// Runs orgtui with `arguments`; its output (stdout and stderr) and whether it succeeded.
    static func orgtui(_ arguments: [String]) async -> (output: String, succeeded: Bool) {
        do {
            return (try await ChildProcess.output([MemberStoreFixture.binary] + arguments), true)
        } catch {
            return ("\(error)", false)
        }
    }

    @Test func anErrorQuotingACraftedMigrationIdentifierIsPrintedEscaped() async throws {
        let fixture = try MemberStoreFixture(members: 1)
        defer { fixture.remove() }
        try await fixture.sql(
            "INSERT INTO grdb_migrations VALUES ('v9' || char(27) || ']0;owned' || char(7) || char(155) || '2J')")
        let (output, succeeded) = await Self.orgtui(["audit", "--store", fixture.path])
        #expect(!succeeded)
        #expect(output.contains("newer version of orgtui"))
        #expect(output.contains("v9^[]0;owned^G<U+009B>2J"))
        #expect(Self.controls(in: output).isEmpty, "\(Self.controls(in: output))")
    }

    @Test func tokenCreatePrintsAStoredEmailEscaped() async throws {
        let fixture = try MemberStoreFixture(members: 1)
        defer { fixture.remove() }
        let email = "eve\u{1B}[2J@acme.test"
        try await fixture.sql(
            "UPDATE member SET email = 'eve' || char(27) || '[2J@acme.test' WHERE id = '\(MemberStoreFixture.id(1))'")
        let (output, succeeded) = await Self.orgtui(["token", "create", "--store", fixture.path, "--email", email])
        #expect(succeeded, "\(output)")
        #expect(output.contains("acts as eve^[[2J@acme.test"))
        #expect(Self.controls(in: output).isEmpty, "\(Self.controls(in: output))")
    }

    @Test func aStoreOthersMayReadIsPointedOutWithTheFix() async throws {
        let fixture = try MemberStoreFixture(members: 1)
        defer { fixture.remove() }
        chmod(fixture.path, 0o644)
        let (output, succeeded) = await Self.orgtui(["audit", "--store", fixture.path])
        #expect(succeeded)
        #expect(output.contains("Warning: \(fixture.path) may be read by other accounts (mode 644)"))
        #expect(output.contains("; run chmod 600 \(fixture.path) \(fixture.path)-wal"))
    }
}
