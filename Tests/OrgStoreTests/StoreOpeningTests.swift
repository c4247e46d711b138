import Foundation
import GRDB
import OrgModel
import Testing

@testable import OrgStore

/// Opening a store: an up-to-date store in WAL mode opens its writer on first use, and a file without
/// its `-wal` is set up at once, as before; both read and write alike.
@Suite struct StoreOpeningTests {
    @Test(arguments: [false, true])
    func anOpenedStoreReadsAndWrites(withoutItsWAL: Bool) async throws {
        let directory = try TemporaryDirectory()
        defer { directory.remove() }
        let path = directory.file("org.sqlite")
        let meID: String
        do {
            let created = try StoreFixtures.contractStore(at: path)
            meID = created.meID
            // Everything into the main file, as a copy made without the store's -wal would have it.
            if withoutItsWAL { try await created.pool.writeWithoutTransaction { db in try db.checkpoint(.truncate) } }
        }
        if withoutItsWAL {
            for suffix in ["-wal", "-shm"] { #expect(unlink(path + suffix) == 0) }
        }
        let store = try SQLiteStore(openingAt: path)
        let backend = store.backend()
        #expect(store.meID == meID)
        #expect(try await backend.getMe().user.id == meID)
        let before = try await backend.listUsers(UserQuery()).count
        try await backend.setRoles(id: meID, roles: [.admin, .analyst])
        #expect(try await SQLiteStore(openingAt: path).backend().getMe().roles == [.admin, .analyst])
        #expect(try await backend.listUsers(UserQuery()).count == before)
    }

    /// As `sqlite3` leaves a store when it closes it last: no `-wal`. The first frame's reads open no
    /// writer, so nothing is written (the `-wal` stays empty) until a change is made.
    @Test func aStoreWithoutItsWALIsReadWithoutAWrite() async throws {
        let directory = try TemporaryDirectory()
        defer { directory.remove() }
        let path = directory.file("org.sqlite")
        let meID: String
        do {
            let created = try StoreFixtures.contractStore(at: path)
            meID = created.meID
            try await created.pool.writeWithoutTransaction { db in try db.checkpoint(.truncate) }
        }
        for suffix in ["-wal", "-shm"] { #expect(unlink(path + suffix) == 0) }
        let store = try SQLiteStore(openingAt: path)
        let backend = store.backend()
        _ = try await backend.getOrganization()
        #expect(try await backend.getMe().user.id == meID)
        _ = try await backend.listUsers(UserQuery())
        #expect(Self.size(path + "-wal") == 0)
        try await backend.setRoles(id: meID, roles: [.admin, .developer])
        #expect(Self.size(path + "-wal") > 0)
    }

    private static func size(_ path: String) -> Int {
        var status = stat()
        return stat(path, &status) == 0 ? Int(status.st_size) : -1
    }
}
