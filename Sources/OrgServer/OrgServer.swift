import Foundation
import Hummingbird
import Logging
import NIOCore
import NIOPosix
import OpenAPIHummingbird
import OpenAPIRuntime
import OrgAPI
import ServiceLifecycle

/// Serves the org-user-management API (the routes generated from `openapi.yaml`) over HTTP/1.1 with
/// Hummingbird. Each request acts as the Backend its credential resolves to.
public struct OrgServer: Sendable {
    public var host: String
    /// The port to listen on; 0 picks a free one, reported to `onRunning`.
    public var port: Int
    public var authenticator: any Authenticator
    public var logger: Logger
    /// How long a connection may wait for a request's head, from its opening or from the last answer,
    /// before it is closed: a client that sends nothing, or dribbles a head, holds it no longer.
    public var idleTimeout = defaultIdleTimeout
    /// How long a request may take to arrive, from its head to the end of its body, before the connection
    /// is closed: a client that dribbles a body holds it no longer.
    public var requestReadTimeout = defaultRequestReadTimeout
    /// The most connections open at once, below the file limit (`ConnectionCap`): at the cap, the
    /// connection idle the longest is closed to make room for a new one. By default, what the process's
    /// file limit leaves after a reserve for the store and logs.
    public var maxConnections = ConnectionCap.capacity(forFileLimit: FileLimit.current)
    /// What `GET /readyz` checks: by default nothing but that the server serves.
    public var readiness = Readiness.serving
    /// How long a graceful stop waits for the requests in flight before it cancels them.
    public var grace = Duration.seconds(10)
    /// The metrics that `GET /metrics` serves, or nil for no metrics and no such route.
    public var metrics: ServerMetrics?
    /// Whether `GET /openapi.json` is served; off, a client takes this server for one without the extensions
    /// (the benchmark's stand-in for the platform).
    public var servesDocument = true

    /// The largest request body taken (contract.md): a larger one is answered 413 without being read.
    static let maxBodyBytes = 64 * 1024
    /// `idleTimeout` unless set: a minute, as nginx's header and keep-alive timeouts are about.
    public static let defaultIdleTimeout = Duration.seconds(60)
    /// `requestReadTimeout` unless set: 64 KiB in it is about 2 KB a second.
    public static let defaultRequestReadTimeout = Duration.seconds(30)

    public init(host: String = "127.0.0.1", port: Int = 8080, authenticator: any Authenticator, logger: Logger) {
        self.host = host
        self.port = port
        self.authenticator = authenticator
        self.logger = logger
    }

    /// Serves until the task is cancelled or, when `handlesSignals`, SIGTERM or SIGINT arrives; then stops
    /// accepting, finishes the requests in flight (for `grace` at most) and returns. `onRunning` receives the port once the server listens.
    public func run(
        handlesSignals: Bool = true,
        onRunning: @escaping @Sendable (Int) async -> Void = { _ in }
    ) async throws {
        try await run(responder: makeRouter().buildResponder(), handlesSignals: handlesSignals, onRunning: onRunning)
    }

    /// Serves as `run(handlesSignals:onRunning:)` does, with `responder` (the router's, or one around it).
    func run<Responder: HTTPResponder<APIRequestContext>>(
        responder: Responder,
        handlesSignals: Bool,
        onRunning: @escaping @Sendable (Int) async -> Void
    ) async throws {
        let readTimeout = TimeAmount(requestReadTimeout)
        let cap = ConnectionCap(capacity: maxConnections)
        let application = Application(
            responder: responder,
            server: .http1(
                configuration: .init(
                    additionalChannelHandlers: [
                        RequestLimitHandler(maxBodyBytes: Self.maxBodyBytes, readTimeout: readTimeout),
                        ConnectionActivityHandler(cap: cap),
                    ],
                    idleTimeout: TimeAmount(idleTimeout)
                )),
            configuration: .init(
                address: .hostname(host, port: port), serverName: nil,
                availableConnectionsDelegate: ConnectionCap.Delegate(cap: cap)),
            onServerRunning: { channel in await onRunning(channel.localAddress?.port ?? 0) },
            eventLoopGroupProvider: .shared(Self.eventLoopGroup),
            logger: logger
        )
        var services = ServiceGroupConfiguration(
            services: [application], gracefulShutdownSignals: handlesSignals ? [.sigterm, .sigint] : [], logger: logger)
        services.maximumGracefulShutdownDuration = grace
        try await ServiceGroup(configuration: services).run()
    }

    /// One event-loop thread for every server in the process. A request's work is done in its handler, on
    /// the concurrency pool; a second loop thread would only compete with the pool for the cores (on 2
    /// cores: p99 of a full listUsers page under 64 connections about 27 ms, against 18 ms with one).
    private static let eventLoopGroup = MultiThreadedEventLoopGroup(numberOfThreads: 1)

    /// The router: request log, request id, metrics and JSON errors around every route; the operation endpoints
    /// (`OperationRoutes`), without a token; and authentication and listUsers' body around the generated
    /// routes, which read what these found from `APIRequestContext.current`.
    func makeRouter() throws -> Router<APIRequestContext> {
        let router = Router(context: APIRequestContext.self)
        router.add(middleware: RequestLogMiddleware(logger: logger))
        router.add(middleware: RequestIDMiddleware())
        if let metrics { router.add(middleware: MetricsMiddleware(metrics: metrics)) }
        router.add(middleware: ErrorMiddleware())
        OperationRoutes(readiness: readiness, metrics: metrics).register(on: router)
        if servesDocument { OpenAPIDocumentRoute().register(on: router) }
        let api = router.group()
        api.add(middleware: AuthenticationMiddleware(authenticator: authenticator))
        api.add(middleware: UserPageMiddleware())
        api.add(middleware: OpenAPIRequestContextMiddleware())
        try APIHandler().registerHandlers(
            on: api,
            configuration: Configuration(dateTranscoder: FlexibleDateTranscoder(), jsonEncodingOptions: [.sortedKeys]),
            middlewares: [OperationNameMiddleware(), JSONNullMiddleware(), EntityTagMiddleware()]
        )
        return router
    }
}
