import BackendContract
import Foundation
import Logging
import OrgHTTP
import OrgModel
import OrgPostgres
@testable import OrgServer
import PostgresNIO

/// `orgtui serve --database` in miniature for a test: the server over a PostgreSQL store holding the
/// contract's members, each with a token of their own, on an ephemeral loopback port until `stop()`.
final class PostgresServerHarness: Sendable {
    let store: PostgresStore
    let baseURL: URL
    private let tokens: [String: String]
    private let task: Task<Void, any Error>

    /// Serves `store`, whose database is at `url`, after issuing a token for every contract member there.
    init(store: PostgresStore, url: String) async throws {
        self.store = store
        tokens = try await Self.issueTokens(url: url)
        let (ports, continuation) = AsyncStream.makeStream(of: Int.self)
        let me = store.backend()
        let authenticator = TokenAuthenticator(
            tokens: PostgresTokenStore(store: store),
            changeCounter: { () throws(BackendError) in try await me.changeCounter() ?? 0 },
            member: { id in store.backend(actingAs: id) })
        let server = OrgServer(
            host: "127.0.0.1", port: 0, authenticator: authenticator,
            logger: Logger(label: "test.server", factory: { _ in SwiftLogNoOpLogHandler() }))
        task = Task { try await server.run(handlesSignals: false) { continuation.yield($0) } }
        var iterator = ports.makeAsyncIterator()
        guard let port = await iterator.next() else { throw CancellationError() }
        baseURL = URL(string: "http://127.0.0.1:\(port)")!
    }

    /// The contract fixture: each member acts through their token; nil through a token nobody holds.
    var fixture: ContractFixture {
        ContractFixture { [self] id in
            let token = id.flatMap { tokens[$0] } ?? "nobody@acme.test:mpat_unknownsecretunknownsecret"
            return HTTPBackend(
                baseURL: baseURL, credential: Credential(token: token)!,
                configuration: HTTPConfiguration(retry: RetryPolicy(baseDelay: 0.01)))
        }
    }

    func stop() async {
        task.cancel()
        _ = await task.result
    }

    /// One token per contract member, written in one statement (issuing them one write at a time would cost
    /// more than the check), as `AccessToken.issue` keeps them: the secret's hash only.
    private static func issueTokens(url: String) async throws -> [String: String] {
        let users = ContractData.users
        let secrets = users.map { _ in "S" + UUID().uuidString.replacingOccurrences(of: "-", with: "") }
        let client = PostgresClient(
            configuration: try PostgresLocation(url: url).configuration, backgroundLogger: PostgresStore.quiet)
        let runner = Task { await client.run() }
        defer { runner.cancel() }
        try await client.query(
            """
            INSERT INTO access_token (id, user_id, email, name, secret_hash, created_at)
            SELECT 't' || n, id, email, 'test', hash, now()
            FROM unnest(\(users.map(\.id))::text[], \(users.map(\.email))::text[],
                        \(secrets.map(AccessToken.hash))::text[]) WITH ORDINALITY AS t(id, email, hash, n)
            """)
        return Dictionary(
            uniqueKeysWithValues: zip(users, secrets).map { user, secret in
                (user.id, "\(user.email)\(AccessToken.marker)\(secret)")
            })
    }
}
