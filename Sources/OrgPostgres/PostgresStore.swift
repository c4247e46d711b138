import Foundation
import Logging
import OrgModel
import OrgRecords
import PostgresNIO

/// The store on a PostgreSQL database that several `orgtui serve` instances share: a pool of connections,
/// with the schema brought up to date on start (`PostgresSchema`).
///
/// Concurrency: every write runs in one READ COMMITTED transaction that first takes a transaction-scoped
/// advisory lock (`writeLock`), so writes from every process are applied one at a time, as SQLite's single
/// writer applies them; each statement after the lock sees every earlier commit, so the checks of a write
/// (the last admin, an email invited once, a member invited never, the roles a `basedOn` expects) hold
/// until it commits. Reads take no lock and each runs as one statement (one snapshot).
public final class PostgresStore: Sendable {
    let client: PostgresClient
    let logger: Logger
    private let runner: Task<Void, Never>
    /// The id of the admin the database was seeded for.
    public let meID: String
    /// How the store's calls use the pool's connections now, for `GET /metrics`.
    public let poolUse: PostgresPoolUse
    /// How many members match a search or filter (`UserQuery.counting`), while the change counter stays where
    /// it was when they were counted: the next page, or the same one asked again, reads only its rows.
    let counts = VersionedCache<UserQuery, Int>(capacity: 256)
    /// The matches of the searches whose deep pages were asked, in the list's order (`KeptOrders`).
    let orders = VersionedCache<String, [Int64]>(capacity: 4)

    private init(
        client: PostgresClient, runner: Task<Void, Never>, logger: Logger, meID: String, poolUse: PostgresPoolUse
    ) {
        self.client = client
        self.runner = runner
        self.logger = logger
        self.meID = meID
        self.poolUse = poolUse
    }

    /// Connects to the database at `location` and brings its schema up to date. Refuses with `.unusableStore`
    /// a database that a newer orgtui wrote or that holds no organization yet (`create` seeds one).
    public static func open(_ location: PostgresLocation, logger: Logger = quiet) async throws(BackendError)
        -> PostgresStore
    {
        try await connect(location, logger: logger) { client in
            guard
                let meID = try await client.query("SELECT me_id FROM organization", logger: logger).first(String.self)
            else {
                throw BackendError.unusableStore(
                    "The database holds no organization yet: seed it with `orgtui-server init --database URL`.")
            }
            return meID
        }
    }

    /// Seeds the database at `location` with `organization`, whose "me" is `admin` (given the admin role if
    /// the seed lacks it), after bringing its schema up to date. Refuses with `.conflict` a database that
    /// already holds an organization.
    public static func create(
        _ location: PostgresLocation, organization: OrganizationSeed, admin: MemberSeed, logger: Logger = quiet
    ) async throws(BackendError) -> PostgresStore {
        try organization.check(admin: admin)
        let meID = admin.id ?? MemberSeed.makeID(for: admin.connection)
        return try await connect(location, logger: logger) { client in
            try await client.lease { connection in
                try await transaction(connection, logger: logger) {
                    let now = Date()
                    let inserted = try await connection.query(
                        """
                        INSERT INTO organization (singleton, id, name, short_name, created_at, updated_at, me_id)
                        VALUES (1, \(UUID().uuidString.lowercased()), \(organization.name), \(organization.shortName),
                                \(now), \(now), \(meID))
                        ON CONFLICT DO NOTHING RETURNING me_id
                        """, logger: logger
                    ).first(String.self)
                    guard inserted != nil else {
                        throw BackendError.conflict("The database already holds an organization; it was left as it is.")
                    }
                    try await MemberRecord.insert(
                        connection, id: meID, name: admin.name, email: admin.email,
                        roles: admin.roles.union([.admin]), kind: admin.connection, logger: logger)
                }
            }
            return meID
        }
    }

    /// Connects once (a database that refuses says why at once, `PostgresLocation.check`), then starts a
    /// client for `location`, migrates, and runs `prepare` (which gives "me"); stops the client on failure.
    private static func connect(
        _ location: PostgresLocation, logger: Logger,
        prepare: @Sendable (PostgresClient) async throws -> String
    ) async throws(BackendError) -> PostgresStore {
        try await location.check(logger: logger)
        let client = PostgresClient(configuration: location.configuration, backgroundLogger: logger)
        let runner = Task { await client.run() }
        do {
            try await client.lease { connection in try await PostgresSchema.migrate(connection, logger: logger)
            }
            let meID = try await prepare(client)
            return PostgresStore(
                client: client, runner: runner, logger: logger, meID: meID,
                poolUse: PostgresPoolUse(size: location.configuration.options.maximumConnections))
        } catch {
            runner.cancel()
            throw BackendError(postgresError: error)
        }
    }

    /// Closes every connection; the store is unusable afterwards.
    public func shutdown() {
        runner.cancel()
    }

    /// The `Backend` acting as the member `userID`, or as "me" when nil.
    public func backend(actingAs userID: String? = nil) -> PostgresBackend {
        PostgresBackend(store: self, actorID: userID ?? meID)
    }

    /// Adds many members in one write: all of them or, on any problem, none; the order's runs are made anew
    /// once at the end. Refuses (422) an invalid member and (409) an id or email already taken.
    public func importMembers(_ members: [MemberSeed]) async throws(BackendError) {
        try MemberSeed.check(members)
        let meID = meID
        let logger = logger
        try await write { connection in
            let ids = members.map { $0.id ?? MemberSeed.makeID(for: $0.connection) }
            let emails = members.map(\.email)
            let taken = try await connection.query(
                """
                SELECT count(*) FROM member
                WHERE id = ANY(\(ids)::text[]) OR lower(email) = ANY(SELECT lower(unnest(\(emails)::text[])))
                """, logger: logger
            ).first(Int.self)
            if taken ?? 0 > 0 || Set(ids).count < ids.count || Set(emails.map { $0.lowercased() }).count < ids.count {
                throw BackendError.conflict("An email or id of the import already belongs to a member.")
            }
            try await connection.query(
                """
                INSERT INTO member (id, name, email, connection, name_key, search_key)
                SELECT * FROM unnest(\(ids)::text[], \(members.map(\.name))::text[], \(emails)::text[],
                                     \(members.map(\.connection.rawValue))::text[],
                                     \(members.map { User.sortKey($0.name) })::text[],
                                     \(members.map { NameFold.key($0.name) })::text[])
                """, logger: logger)
            let roleIDs = members.indices.flatMap { i in members[i].roles.ordered.map { _ in ids[i] } }
            let roles = members.flatMap { $0.roles.ordered.map(\.rawValue) }
            try await connection.query(
                """
                INSERT INTO member_role (member_seq, role)
                SELECT m.seq, r.role FROM unnest(\(roleIDs)::text[], \(roles)::text[]) AS r(id, role)
                JOIN member m ON m.id = r.id
                """, logger: logger)
            try await PostgresUserOrder.rebuild(connection, logger: logger)
            let me = try await MemberRecord.fetch(connection, id: meID, logger: logger)
            try await PostgresAudit.append(
                connection, .importMembers(count: members.count, by: meID, me: me), logger: logger)
        }
    }

    /// Runs `body` on a connection of the pool, outside a transaction; every error becomes a `BackendError`.
    func read<T: Sendable>(_ body: @escaping @Sendable (PostgresConnection) async throws -> T)
        async throws(BackendError) -> T
    {
        do {
            return try await poolUse.lease(client, body)
        } catch {
            throw BackendError(postgresError: error)
        }
    }

    /// Runs `body` in a write transaction holding `writeLock`, then bumps the change counter and balances the
    /// order's runs, and commits; any error rolls it all back and becomes a `BackendError`.
    func write<T: Sendable>(_ body: @escaping @Sendable (PostgresConnection) async throws -> T)
        async throws(BackendError) -> T
    {
        let logger = logger
        do {
            return try await poolUse.lease(client) { connection in
                try await Self.transaction(connection, logger: logger) { try await body(connection) }
            }
        } catch {
            throw BackendError(postgresError: error)
        }
    }

    /// `body` in a transaction that holds `writeLock`, bumps the change counter and balances the order's runs.
    private static func transaction<T: Sendable>(
        _ connection: PostgresConnection, logger: Logger, _ body: @Sendable () async throws -> T
    ) async throws -> T {
        try await connection.query("BEGIN", logger: logger)
        do {
            try await connection.query("SELECT pg_advisory_xact_lock(\(writeLock))", logger: logger)
            let value = try await body()
            try await connection.query("UPDATE change_counter SET value = value + 1", logger: logger)
            try await PostgresUserOrder.balance(connection, logger: logger)
            try await connection.query("COMMIT", logger: logger)
            return value
        } catch {
            _ = try? await connection.query("ROLLBACK", logger: logger)
            throw error
        }
    }

    /// The advisory lock key that every write holds until it commits ("orgtui-w").
    static let writeLock: Int64 = 0x6f72_6774_7569_2d77

    /// A logger that drops everything.
    public static let quiet = Logger(label: "orgtui.postgres", factory: { _ in SwiftLogNoOpLogHandler() })
}
