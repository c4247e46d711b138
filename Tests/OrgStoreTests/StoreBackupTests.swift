import Foundation
import OrgModel
import OrgStore
import Testing

#if canImport(Glibc)
import Glibc
#endif

/// `SQLiteStore.backup(to:)`: SQLite's online backup, one consistent snapshot while another connection
/// writes, into a new file its owner's alone, never over an existing one.
@Suite struct StoreBackupTests {
    let directory: TemporaryDirectory
    init() throws { directory = try TemporaryDirectory() }

    /// How many invitations the writer has committed.
    actor Committed {
        var count = 0
        func add() { count += 1 }
    }

    static func counts(_ store: SQLiteStore) throws -> [Int] {
        [
            try store.summary().userCount, try store.pendingInvitations().count, try store.outbox().count,
            try store.auditLog().count,
        ]
    }

    @Test func aBackupWhileAnotherConnectionWritesIsOneSnapshotTheOwnersAlone() async throws {
        defer { directory.remove() }
        let source = try StoreFixtures.emptyStore(at: directory.file("org.sqlite"))
        try source.importMembers(StoreFixtures.members(300))
        let writer = try SQLiteStore(openingAt: source.path).backend()
        let committed = Committed()
        let writing = Task {
            var n = 0
            while !Task.isCancelled {
                try await writer.inviteUser(
                    Invitation(
                        email: "w\(n)@invite.test", name: "Invitee \(n)", roles: [.analyst],
                        connection: .usernamePassword))
                await committed.add()
                n += 1
            }
        }
        let deadline = ContinuousClock.now + .seconds(60)
        while await committed.count < 20, ContinuousClock.now < deadline { try await Task.sleep(for: .milliseconds(5)) }
        let before = await committed.count
        let path = directory.file("backups/daily/org.sqlite")
        let copy = try source.backup(to: path)
        writing.cancel()
        _ = await writing.result

        // One snapshot: each invitation's row, email and audit entry are all in the copy, or none is.
        let invitations = try copy.pendingInvitations().count
        #expect(invitations >= before)
        #expect(try copy.outbox().count == invitations)
        #expect(try copy.auditLog().filter { $0.action == .invite }.count == invitations)
        #expect(try copy.summary().userCount == 301)
        for file in [path, path + "-wal", path + "-shm"] {
            #expect(StoreFilePermissionTests.mode(file) == 0o600, "\(file)")
        }
        #expect(StoreFilePermissionTests.mode(directory.file("backups")) == 0o700)
        #expect(StoreFilePermissionTests.mode(directory.file("backups/daily")) == 0o700)
        #expect(copy.accessWarning == nil)
        #expect(try SQLiteStore(openingAt: path).accessWarning == nil)

        // Once nobody writes, a backup holds exactly what the store holds.
        let still = try source.backup(to: directory.file("backups/still.sqlite"))
        #expect(try Self.counts(still) == Self.counts(source))
    }

    @Test func anExistingFileIsNeverOverwritten() throws {
        defer { directory.remove() }
        let source = try StoreFixtures.emptyStore(at: directory.file("org.sqlite"))
        let taken = directory.file("taken.sqlite")
        try Data("mine".utf8).write(to: URL(fileURLWithPath: taken))
        #expect(throws: BackendError.self) { try source.backup(to: taken) }
        #expect(FileManager.default.contents(atPath: taken) == Data("mine".utf8))
        #expect(throws: BackendError.self) { try source.backup(to: source.path) }
        #expect(try Self.counts(SQLiteStore(openingAt: source.path)) == Self.counts(source))
    }
}
