import Foundation
import OrgModel
import OrgRecords
@testable import OrgStore
import Testing
#if canImport(Glibc)
import Glibc
#endif

/// A store holds every email, token hashes and the audit log: its files are its owner's alone, it is made
/// by one process only, and an existing store that others may read is pointed out.
@Suite struct StoreFilePermissionTests {
    let directory: TemporaryDirectory
    init() throws { directory = try TemporaryDirectory() }

    static let organization = OrganizationSeed(name: "Acme Robotics", shortName: "acme")
    static let admin = MemberSeed(
        name: "Ada Admin", email: "ada@acme.test", roles: [.admin],
        connection: .usernamePassword)

    static func mode(_ path: String) -> mode_t? {
        var status = stat()
        return stat(path, &status) == 0 ? status.st_mode & 0o777 : nil
    }

    @Test func aNewStoreAndItsWALAndSHMAreTheOwnersAlone() async throws {
        defer { directory.remove() }
        let path = directory.file("new/dir/org.sqlite")
        let store = try SQLiteStore.create(at: path, organization: Self.organization, admin: Self.admin)
        _ = try await store.backend().setRoles(id: store.meID, roles: [.admin, .analyst])
        for file in [path, path + "-wal", path + "-shm"] {
            #expect(Self.mode(file) == 0o600, "\(file)")
        }
        #expect(Self.mode(directory.file("new")) == 0o700)
        #expect(store.accessWarning == nil)
        #expect(try SQLiteStore(openingAt: path).accessWarning == nil)
    }

    @Test func openingAStoreOthersMayReadWarnsWithTheChmodThatFixesIt() throws {
        defer { directory.remove() }
        let path = directory.file("team store.sqlite")
        _ = try SQLiteStore.create(at: path, organization: Self.organization, admin: Self.admin)
        chmod(path + "-wal", 0o644)
        let warning = try #require(try SQLiteStore(openingAt: path).accessWarning)
        #expect(warning.contains("mode 644"))
        #expect(warning.contains("; run chmod 600 '\(path)' '\(path)-wal' '\(path)-shm' (it holds"))
        chmod(path + "-wal", 0o600)
        #expect(try SQLiteStore(openingAt: path).accessWarning == nil)
    }

    @Test func aWALLeftFromAnEarlierStoreIsRefusedNotApplied() throws {
        defer { directory.remove() }
        let path = directory.file("org.sqlite")
        try Data("old pages".utf8).write(to: URL(fileURLWithPath: path + "-wal"))
        #expect {
            try SQLiteStore.create(at: path, organization: Self.organization, admin: Self.admin)
        } throws: { error in
            guard case .conflict(let detail) = error as? BackendError else { return false }
            return detail.contains("-wal is left from an earlier store")
        }
        #expect(!FileManager.default.fileExists(atPath: path))
        #expect(try Data(contentsOf: URL(fileURLWithPath: path + "-wal")) == Data("old pages".utf8))
    }

    /// Two creations of one path at the same moment: one makes the store, the other is refused and
    /// removes nothing, so the store that was made is whole.
    @Test func ofTwoCreationsAtOnceOneWinsAndTheStoreSurvives() throws {
        defer { directory.remove() }
        for round in 0..<20 {
            let path = directory.file("race-\(round).sqlite")
            let outcomes = Outcomes()
            DispatchQueue.concurrentPerform(iterations: 2) { _ in
                do {
                    _ = try SQLiteStore.create(at: path, organization: Self.organization, admin: Self.admin)
                    outcomes.add(true)
                } catch {
                    outcomes.add(false)
                }
            }
            #expect(outcomes.values.filter { $0 }.count == 1 && outcomes.values.count == 2, "round \(round)")
            let store = try SQLiteStore(openingAt: path)
            #expect(!store.meID.isEmpty, "round \(round)")
        }
    }

    final class Outcomes: @unchecked Sendable {
        private let lock = NSLock()
        private var list: [Bool] = []
        func add(_ value: Bool) { lock.withLock { list.append(value) } }
        var values: [Bool] { lock.withLock { list } }
    }
}
