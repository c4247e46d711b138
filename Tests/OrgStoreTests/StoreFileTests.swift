import Foundation
import GRDB
import OrgModel
import OrgRecords
@testable import OrgStore
import Testing

/// Creating and opening store files: never overwriting, never changing a file it refuses.
@Suite struct StoreFileTests {
    let directory: TemporaryDirectory
    init() throws { directory = try TemporaryDirectory() }

    static let organization = OrganizationSeed(name: "Acme Robotics", shortName: "acme")
    static let admin = MemberSeed(
        name: "Ada Admin", email: "ada@acme.test", roles: [.developer],
        connection: .usernamePassword)

    @Test func createsAStoreWhoseMeIsTheAdmin() async throws {
        defer { directory.remove() }
        let path = directory.file("org.sqlite")
        let store = try SQLiteStore.create(at: path, organization: Self.organization, admin: Self.admin)
        #expect(store.meID.hasPrefix("auth0|") && store.meID.count == 30)
        let me = try await store.backend().getMe()
        #expect(
            me
                == UserDetails(
                    user: User(id: store.meID, name: "Ada Admin", email: "ada@acme.test"),
                    roles: [.admin, .developer]))
        let reopened = try SQLiteStore(openingAt: path)
        #expect(reopened.meID == store.meID)
        #expect(try await reopened.backend().getOrganization().name == "Acme Robotics")
    }

    @Test func refusesToOverwriteAnyFile() throws {
        defer { directory.remove() }
        let path = directory.file("org.sqlite")
        _ = try SQLiteStore.create(at: path, organization: Self.organization, admin: Self.admin)
        let other = directory.file("notes.txt")
        try Data("my notes".utf8).write(to: URL(fileURLWithPath: other))
        for target in [path, other] {
            let before = try Data(contentsOf: URL(fileURLWithPath: target))
            #expect(throws: BackendError.self) {
                try SQLiteStore.create(at: target, organization: Self.organization, admin: Self.admin)
            }
            do {
                _ = try SQLiteStore.create(at: target, organization: Self.organization, admin: Self.admin)
            } catch {
                guard case .conflict(let detail) = error else { Issue.record("\(error)"); continue }
                #expect(detail.contains("already exists"))
            }
            #expect(try Data(contentsOf: URL(fileURLWithPath: target)) == before)
        }
    }

    @Test func refusesAnInvalidAdminOrOrganization() {
        defer { directory.remove() }
        let path = directory.file("org.sqlite")
        let badAdmin = MemberSeed(name: "Ada", email: "not-an-email", roles: [.admin], connection: .usernamePassword)
        #expect(throws: BackendError.self) {
            try SQLiteStore.create(at: path, organization: Self.organization, admin: badAdmin)
        }
        #expect(throws: BackendError.self) {
            try SQLiteStore.create(
                at: path, organization: OrganizationSeed(name: " ", shortName: "x"), admin: Self.admin)
        }
        #expect(!FileManager.default.fileExists(atPath: path))
    }

    @Test func refusesAMissingFileWithoutCreatingIt() {
        defer { directory.remove() }
        let path = directory.file("missing.sqlite")
        #expect(throws: BackendError.self) { try SQLiteStore(openingAt: path) }
        #expect(!FileManager.default.fileExists(atPath: path))
    }

    @Test(arguments: [Data("this is not a database, just text\n".utf8), Data(repeating: 0x5A, count: 8192), Data()])
    func refusesAFileThatIsNotAStoreWithoutChangingIt(_ contents: Data) throws {
        defer { directory.remove() }
        let path = directory.file("other.sqlite")
        try contents.write(to: URL(fileURLWithPath: path))
        do {
            _ = try SQLiteStore(openingAt: path)
            Issue.record("opened a file that is not a store")
        } catch {
            guard case .unusableStore(let detail) = error else { Issue.record("\(error)"); return }
            #expect(detail.contains("not an orgtui store"))
        }
        #expect(try Data(contentsOf: URL(fileURLWithPath: path)) == contents)
    }

    @Test func refusesAFileFromANewerVersionWithoutChangingIt() throws {
        defer { directory.remove() }
        let path = directory.file("org.sqlite")
        try writeFutureStore(at: path)
        let before = try Data(contentsOf: URL(fileURLWithPath: path))
        do {
            _ = try SQLiteStore(openingAt: path)
            Issue.record("opened a store written by a newer version")
        } catch {
            guard case .unusableStore(let detail) = error else { Issue.record("\(error)"); return }
            #expect(detail.contains("newer version") && detail.contains("v999-future"))
        }
        #expect(try Data(contentsOf: URL(fileURLWithPath: path)) == before)
    }

    /// A store that a future version has migrated further, closed so that the file holds everything.
    private func writeFutureStore(at path: String) throws {
        let store = try SQLiteStore.create(at: path, organization: Self.organization, admin: Self.admin)
        try store.pool.write { db in
            try db.execute(sql: "INSERT INTO grdb_migrations (identifier) VALUES ('v999-future')")
        }
        try store.pool.close()
    }
}
