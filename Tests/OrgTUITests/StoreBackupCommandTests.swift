import ChildProcesses
import Foundation
import OrgCLI
import OrgStore
import Testing

/// `orgtui store backup PATH` through the real executables (orgtui hands it to orgtui-server): a copy its
/// owner's alone that opens without a warning, and an existing file left as it is.
@Suite struct StoreBackupCommandTests {
    static func mode(_ path: String) -> mode_t? {
        var status = stat()
        return stat(path, &status) == 0 ? status.st_mode & 0o777 : nil
    }

    @Test func aBackupIsTheOwnersAloneOpensWithoutWarningAndNeverOverwrites() async throws {
        let fixture = try MemberStoreFixture(members: 3)
        defer { fixture.remove() }
        let copy = fixture.directory + "/backups/org.sqlite"
        let made = try await fixture.orgtui(["store", "backup", copy])
        #expect(made.status == 0, "\(made.errors)")
        #expect(made.output.contains("Backed up \(fixture.path) to \(copy): 4 users, 0 pending invitations."))
        #expect(Self.mode(copy) == 0o600)
        #expect(Self.mode(fixture.directory + "/backups") == 0o700)
        let listed = try await ChildProcess.run([
            MemberStoreFixture.binary, "users", "list", "--store", copy, "-o", "csv",
        ])
        #expect(listed.status == 0, "\(listed.errors)")
        #expect(listed.errors.isEmpty)
        #expect(listed.output.contains(MemberStoreFixture.email(3)))

        let again = try await fixture.orgtui(["store", "backup", copy])
        #expect(again.status == ExitStatus.conflict.rawValue, "\(again.errors)")
        #expect(again.errors.contains("A file already exists at \(copy); a store is never overwritten."))
        #expect(try SQLiteStore(openingAt: copy).summary().userCount == 4)
    }
}
