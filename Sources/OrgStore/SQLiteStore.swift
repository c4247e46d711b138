import Foundation
import GRDB
import GRDBSQLite
import OrgModel
import OrgRecords
import Synchronization

/// The local store: one SQLite file in WAL mode that several processes can share. Reads never block;
/// writes run in immediate transactions and wait up to 5 s for another writer.
///
/// `backend(actingAs:)` gives the `Backend` for the store's own identity ("me") or for any member;
/// the other methods stand in for what the platform would do (registration, emails) and report on
/// the store.
public final class SQLiteStore: Sendable {
    /// The writer and the snapshot readers (`pool`), once opened.
    private let openedPool: Mutex<DatabasePool?>
    /// The read-only connections of `readInPlace`, apart from `pool`'s: a caller blocked here waits only for
    /// another in-place read, which runs to its end, never for a reader of `pool` that an async read holds
    /// while it waits for one of the few threads those blocked callers occupy.
    let inPlaceReaders: InPlaceReaders
    /// The file's path.
    public let path: String
    /// Commits to the file by anyone, for the backends' `changeCounter`.
    let changes: StoreChanges
    /// How many users match a search or filter (`UserQuery.counting`), while the store is as it was when
    /// they were counted: the next page, or the live refresh asking again, reads only its rows.
    let counts = VersionedCache<UserQuery, Int>(capacity: 256)
    /// The matches of the searches whose deep pages were asked, in the list's order (`KeptOrders`).
    let orders = VersionedCache<String, [Int64]>(capacity: 4)
    /// The id of the admin the store was created for.
    public let meID: String
    /// When the opened file, or its `-wal` or `-shm`, may be read by other accounts: what to tell the
    /// owner, with the `chmod` that fixes it.
    public let accessWarning: String?

    private init(pool: DatabasePool, path: String, meID: String, accessWarning: String?) throws {
        openedPool = Mutex(pool)
        inPlaceReaders = InPlaceReaders(path: path)
        self.path = path
        changes = StoreChanges(path: path)
        self.meID = meID
        self.accessWarning = accessWarning
    }

    /// Creates a store at `path` for `organization`, whose "me" is `admin` (given the admin role if the
    /// seed lacks it), with the directory it needs. The file is readable by its owner alone (0600) and
    /// made exclusively: refuses with `.conflict` when a file exists at `path`; never overwrites. On
    /// failure it removes what it made, and only that.
    public static func create(
        at path: String, organization: OrganizationSeed,
        admin: MemberSeed
    ) throws(BackendError) -> SQLiteStore {
        try organization.check(admin: admin)
        try Files.prepareDirectory(for: path)
        try Files.createExclusively(at: path)
        let meID = admin.id ?? MemberSeed.makeID(for: admin.connection)
        do {
            let pool = try DatabasePool(path: path, configuration: configuration)
            try StoreSchema.migrator.migrate(pool)
            try pool.write { db in
                let now = Date()
                try db.execute(
                    sql: """
                        INSERT INTO organization (singleton, id, name, short_name, created_at, updated_at, me_id)
                        VALUES (1, ?, ?, ?, ?, ?, ?)
                        """,
                    arguments: [
                        UUID().uuidString.lowercased(), organization.name, organization.shortName,
                        now, now, meID,
                    ])
                try MemberRecord.insert(
                    db, id: meID, name: admin.name, email: admin.email,
                    roles: admin.roles.union([.admin]), connection: admin.connection)
            }
            return try SQLiteStore(pool: pool, path: path, meID: meID, accessWarning: nil)
        } catch {
            Files.removeCreated(at: path)
            throw BackendError(storeError: error)
        }
    }

    /// Removes the store that `create` made at this path, with its `-wal` and `-shm`: for a creation that
    /// failed after `create` returned (an import cut short).
    func removeCreatedFiles() {
        Files.removeCreated(at: path)
    }

    /// The version of the SQLite library the store runs on, such as "3.40.1" (`orgtui --version` names it).
    public static var libraryVersion: String { String(cString: sqlite3_libversion()) }

    /// Opens the store at `path`, bringing an older schema up to date (a store already up to date is
    /// opened without a write, so no lock is taken). Refuses with `.unusableStore`, and
    /// leaves the file as it is, when there is no file, when it is not an orgtui store, or when a newer
    /// version of orgtui wrote it. A file that other accounts may read is opened, with `accessWarning`.
    public init(openingAt path: String) throws(BackendError) {
        guard FileManager.default.fileExists(atPath: path) else {
            throw .unusableStore("There is no store at \(path). Create one with `orgtui init` or `orgtui demo`.")
        }
        let compatible = try StoreSchema.requireCompatible(path: path)
        do {
            if let compatibleMeID = compatible.meID, try Self.isInWALMode(compatible.connection) {
                openedPool = Mutex(nil)
                meID = compatibleMeID
            } else {
                let pool = try DatabasePool(path: path, configuration: Self.configuration)
                openedPool = Mutex(pool)
                if compatible.meID == nil { try StoreSchema.migrator.migrate(pool) }
                meID =
                    try compatible.meID ?? pool.read { db in
                        try String.fetchOne(db, sql: "SELECT me_id FROM organization")
                    } ?? ""
            }
            inPlaceReaders = InPlaceReaders(path: path, first: compatible.connection)
        } catch {
            throw BackendError(storeError: error)
        }
        self.path = path
        changes = StoreChanges(path: path, connection: compatible.connection)
        accessWarning = Files.accessWarning(path: path)
    }

    /// The `Backend` acting as the user `userID`, or as "me" when nil.
    public func backend(actingAs userID: String? = nil) -> SQLiteBackend {
        SQLiteBackend(store: self, actorID: userID ?? meID)
    }

    /// The writer and the snapshot readers. An opened store that is up to date and in WAL mode opens them
    /// on first use: the terminal UI's first frame needs neither (it reads in place), nor their set-up's
    /// write when the `-wal` is missing or empty (as `sqlite3` leaves it when it closes the file last).
    var pool: DatabasePool {
        get throws {
            try openedPool.withLock { opened in
                if let opened { return opened }
                let pool = try DatabasePool(path: path, configuration: Self.configuration)
                opened = pool
                return pool
            }
        }
    }

    /// Whether the file on `connection` is in WAL mode, so that read-only connections read it as it is (a
    /// file in another mode is switched by the pool's set-up, a write, before anything reads it).
    private static func isInWALMode(_ connection: DatabaseQueue) throws -> Bool {
        try connection.read { db in try String.fetchOne(db, sql: "PRAGMA journal_mode") } == "wal"
    }

    /// Every connection waits up to 5 s for a lock held by another connection or process, and may
    /// cache up to 128 MiB of pages, so that a search that visits thousands of rows of a large store
    /// finds them in memory. The -wal file stays when the last connection closes: GRDB makes a missing
    /// one with a write (a table created and dropped), which at every start would cost a commit and make
    /// every connection read the schema again.
    static var configuration: Configuration {
        var configuration = Configuration()
        configuration.busyMode = .timeout(5)
        configuration.prepareDatabase { db in
            try db.execute(sql: "PRAGMA cache_size = -131072")
            var persist: Int32 = 1
            sqlite3_file_control(db.sqliteConnection, "main", SQLITE_FCNTL_PERSIST_WAL, &persist)
        }
        return configuration
    }
}
