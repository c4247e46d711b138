import BackendContract
import Foundation
import Logging
import OrgHTTP
import OrgModel
import OrgRecords
@testable import OrgServer
import OrgStore

/// `orgtui serve` in miniature for a test: a temporary store holding the contract's members, served on
/// an ephemeral loopback port until `stop()`.
final class ServerHarness: Sendable {
    let directory: String
    let store: SQLiteStore
    let baseURL: URL
    private let task: Task<Void, any Error>
    private let tokens = IssuedTokens()

    /// `idleTimeout`, `requestReadTimeout` and `maxConnections` are the server's, made small by the tests of
    /// slow clients and of floods; `readiness` is the store's unless given; `metrics` none unless given; `asFakePlatform` serves the routes under `FakePlatform`'s paths instead of ours.
    init(
        asFakePlatform: Bool = false,
        logger: Logger = Logger(label: "test.server", factory: { _ in SwiftLogNoOpLogHandler() }),
        idleTimeout: Duration = OrgServer.defaultIdleTimeout,
        requestReadTimeout: Duration = OrgServer.defaultRequestReadTimeout,
        maxConnections: Int? = nil,
        readiness: Readiness? = nil,
        metrics: ServerMetrics? = nil
    ) async throws {
        directory = NSTemporaryDirectory() + "orgtui-http-" + UUID().uuidString
        try FileManager.default.createDirectory(atPath: directory, withIntermediateDirectories: true)
        store = try SQLiteStore.create(
            at: directory + "/org.sqlite",
            organization: OrganizationSeed(
                name: ContractData.organizationName, shortName: ContractData.organizationShortName),
            admin: Self.seed(ContractData.me)
        )
        try store.importMembers(ContractData.users.dropFirst().map(Self.seed))
        let (ports, continuation) = AsyncStream.makeStream(of: Int.self)
        var server = OrgServer(
            host: "127.0.0.1", port: 0, authenticator: StoreAuthenticator(store: store), logger: logger)
        server.idleTimeout = idleTimeout
        server.requestReadTimeout = requestReadTimeout
        if let maxConnections { server.maxConnections = maxConnections }
        server.readiness = readiness ?? Readiness(backend: store.backend())
        server.metrics = metrics
        task = Task { [server] in
            let router = try server.makeRouter().buildResponder()
            if asFakePlatform {
                try await server.run(responder: FakePlatformResponder(inner: router), handlesSignals: false) {
                    continuation.yield($0)
                }
            } else {
                try await server.run(responder: router, handlesSignals: false) { continuation.yield($0) }
            }
        }
        var iterator = ports.makeAsyncIterator()
        guard let port = await iterator.next() else { throw CancellationError() }
        baseURL = URL(string: "http://127.0.0.1:\(port)")!
    }

    /// The contract fixture: each member acts through a token of their own; nil through a token nobody holds.
    var fixture: ContractFixture { fixture(operations: nil) }

    /// The contract fixture whose requests go where `operations` maps them.
    func fixture(operations: OperationMap?) -> ContractFixture {
        var configuration = Self.configuration
        configuration.operations = operations
        return ContractFixture { [self, configuration] id in
            HTTPBackend(baseURL: baseURL, credential: Credential(token: token(for: id))!, configuration: configuration)
        }
    }

    /// Fast retries, so that a test never waits long.
    static let configuration = HTTPConfiguration(retry: RetryPolicy(baseDelay: 0.01))

    /// A token for the member `id` (issued once and reused), or a well-formed one that nobody holds.
    func token(for id: String?) -> String {
        guard let id, let email = ContractData.users.first(where: { $0.id == id })?.email else {
            return "nobody@acme.test:mpat_unknownsecretunknownsecret"
        }
        return tokens.token(for: id) {
            (try? AccessToken.issue(in: SQLiteTokenStore(store: store), email: email, name: "test").token)
                ?? "\(email):mpat_memberhasleft"
        }
    }

    func stop() async {
        task.cancel()
        _ = await task.result
        try? FileManager.default.removeItem(atPath: directory)
    }

    private static func seed(_ user: ContractUser) -> MemberSeed {
        MemberSeed(id: user.id, name: user.name, email: user.email, roles: user.roles, connection: user.connection)
    }
}

/// Tokens issued so far, by member id.
private final class IssuedTokens: @unchecked Sendable {
    private let lock = NSLock()
    private var tokens: [String: String] = [:]

    func token(for id: String, issue: () -> String) -> String {
        lock.withLock {
            if let token = tokens[id] { return token }
            let token = issue()
            tokens[id] = token
            return token
        }
    }
}
