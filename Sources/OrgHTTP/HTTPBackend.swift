import Foundation
import OpenAPIRuntime
import OrgAPI
import OrgModel

/// The org-user-management API over HTTP, through the client generated from `openapi.yaml`.
///
/// Each request carries the credential (a PAT raw, a JWT as `Bearer`), is bounded by the configured
/// timeouts, and is retried only when idempotent (see `RetryPolicy`). Redirects are never followed, so
/// the credential never reaches another origin; with an `OperationMap` each request goes to the platform's
/// own method and path for its operation; TLS certificates are verified (see `CurlTransport`). Every
/// failure is a `BackendError` carrying the server's `detail` where it sent one.
public final class HTTPBackend: Backend {
    /// The platform's API, used when neither `--api` nor `ORGTUI_API_URL` names another.
    public static let defaultBaseURL = URL(string: "https://api.model-prime.com/api/oum/v1")!

    let client: Client
    /// Where the platform serves each operation; nil: our own paths.
    public let operations: OperationMap?
    /// Which extensions of `orgtui serve` the server declares, read once.
    private let extensions: DeclaredExtensions

    public convenience init(
        baseURL: URL, credential: Credential, configuration: HTTPConfiguration = HTTPConfiguration()
    ) {
        let transport = CurlTransport(configuration: configuration)
        self.init(baseURL: baseURL, credential: credential, configuration: configuration, transport: transport)
    }

    /// A backend whose exchanges go through `transport` instead of libcurl (the fuzz target answers them itself).
    public init(baseURL: URL, credential: Credential, configuration: HTTPConfiguration, transport: some ClientTransport)
    {
        operations = configuration.operations
        extensions = DeclaredExtensions(
            operations: configuration.operations, baseURL: baseURL, credential: credential,
            configuration: configuration)
        client = Client(
            serverURL: baseURL,
            configuration: Configuration(dateTranscoder: FlexibleDateTranscoder()),
            transport: transport,
            middlewares: (configuration.operations.map { [OperationMapMiddleware(map: $0)] } ?? []) + [
                ErrorStatusMiddleware(),
                RetryMiddleware(policy: configuration.retry, logger: configuration.logger),
                TimeoutMiddleware(seconds: configuration.requestTimeout),
                InvitationConnectionMiddleware(),
                EntityTagMiddleware(),
                AuthorizationMiddleware(credential: credential),
                LoggingMiddleware(logger: configuration.logger),
            ]
        )
    }

    public func getOrganization() async throws(BackendError) -> Organization {
        try await call { try await client.getOrganization().ok.body.json.model }
    }

    public func getMe() async throws(BackendError) -> UserDetails {
        try await call { try await client.getMe().ok.body.json.model }
    }

    public func updateMe(_ update: UserUpdate) async throws(BackendError) -> User {
        try await call { try await client.updateMe(body: .json(.init(update))).ok.body.json.model }
    }

    /// The filters the platform lacks (`role`, `email_search`, `connection`) go only to a server whose document
    /// declares them (`DeclaredExtensions`); to another, a query that uses them is `.unsupported`, unsent. So is a
    /// name search outside the platform's rule (`Validation.nameSearchProblem`): only such a server takes it. A
    /// name that no backend takes (`Validation.anyScriptNameSearchProblem`) is `.invalid`, unsent.
    public func listUsers(_ query: UserQuery) async throws(BackendError) -> UserPage {
        if query.hasExtensions { try await extensions.require() }
        if let name = query.nameSearch, let problem = Validation.anyScriptNameSearchProblem(name) {
            throw .invalid(problem)
        }
        if let name = query.nameSearch, let problem = Validation.nameSearchProblem(name) {
            try await extensions.require(refusal: DeclaredExtensions.nameRefusal(problem))
        }
        let wire = Operations.ListUsers.Input.Query(
            pageNumber: query.pageNumber, pageSize: query.pageSize, nameSearch: query.nameSearch,
            role: query.roles.isEmpty ? nil : query.roles.ordered.map(Components.Schemas.PermissionRole.init),
            emailSearch: query.emailSearch,
            connection: query.connection.flatMap { .init(rawValue: $0.rawValue) }
        )
        return try await call { try await client.listUsers(query: wire).ok.body.json.model }
    }

    public func getUser(id: String) async throws(BackendError) -> UserDetails {
        try Self.requireID(id)
        return try await call { try await client.getUser(path: .init(id: id)).ok.body.json.model }
    }

    public func deleteUser(id: String) async throws(BackendError) {
        try Self.requireID(id)
        try await call { _ = try await client.deleteUser(path: .init(id: id)).noContent }
    }

    public func resetPassword(id: String) async throws(BackendError) {
        try Self.requireID(id)
        try await call { _ = try await client.resetPassword(path: .init(id: id)).noContent }
    }

    /// With `basedOn`, reads the user just before the PUT: a role set other than `basedOn` is `.rolesChanged`
    /// without sending anything; the user's `ETag`, when the server sends one, goes with the PUT as `If-Match`,
    /// so that a change in between is refused too (412).
    public func setRoles(id: String, roles: Set<Role>, basedOn: Set<Role>?) async throws(BackendError) {
        try Self.requireID(id)
        var ifMatch: String?
        if let basedOn {
            let answer = try await call { try await client.getUser(path: .init(id: id)).ok }
            let current = try await call { try answer.body.json.model.roles }
            if current != basedOn { throw .rolesChanged(current: current) }
            ifMatch = answer.headers.eTag
        }
        let body = roles.ordered.map(Components.Schemas.PermissionRole.init)
        try await call {
            _ = try await client.setRoles(path: .init(id: id), headers: .init(ifMatch: ifMatch), body: .json(body))
                .noContent
        }
    }

    public func inviteUser(_ invitation: Invitation) async throws(BackendError) {
        try await call { _ = try await client.inviteUser(body: .json(.init(invitation))).created }
    }

    /// A server without the route (the platform, an older orgtui serve) answers 404: `.unsupported`.
    public func listAudit(_ query: AuditQuery) async throws(BackendError) -> AuditPage {
        let wire = Operations.ListAudit.Input.Query(
            pageNumber: query.pageNumber, pageSize: query.pageSize, userId: query.userID)
        do {
            return try await call { try await client.listAudit(query: wire).ok.body.json.model }
        } catch .notFound {
            throw .unsupported(BackendError.noAuditLog)
        }
    }

    /// Only to a server whose document declares it (`orgtui serve`); to another (the platform) `.unsupported`,
    /// unsent.
    public func listInvitations(_ query: InvitationQuery) async throws(BackendError) -> InvitationPage {
        try await extensions.require("listInvitations", refusal: BackendError.noInvitations)
        let wire = Operations.ListInvitations.Input.Query(pageNumber: query.pageNumber, pageSize: query.pageSize)
        return try await call { try await client.listInvitations(query: wire).ok.body.json.model }
    }

    /// Only to a server whose document declares it, as `listInvitations`; 404 there: none is pending.
    public func revokeInvitation(email: String) async throws(BackendError) {
        try await extensions.require("revokeInvitation", refusal: BackendError.noInvitations)
        if email.isEmpty { throw .notFound }
        try await call { _ = try await client.revokeInvitation(path: .init(email: email)).noContent }
    }

    /// No user has an empty id, and `/users/` would name the list instead: answered 404 without asking.
    private static func requireID(_ id: String) throws(BackendError) {
        if id.isEmpty { throw .notFound }
    }

    /// Runs one call and maps whatever it throws to a `BackendError`.
    private func call<T>(_ operation: () async throws -> T) async throws(BackendError) -> T {
        do {
            return try await operation()
        } catch {
            throw BackendError(httpFailure: error)
        }
    }
}
