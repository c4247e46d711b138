import Hummingbird
import OrgModel

/// Resolves the Authorization header to the Backend that the request acts as; a missing or unknown
/// credential is answered 401 before any handler runs.
struct AuthenticationMiddleware<Context: RequestContext>: RouterMiddleware {
    let authenticator: any Authenticator

    func handle(_ request: Request, context: Context, next: (Request, Context) async throws -> Response) async throws -> Response {
        guard let authorization = request.headers[.authorization], !authorization.isEmpty,
            let backend = try await authenticator.backend(authorization: authorization)
        else { throw BackendError.unauthorized }
        return try await RequestBackend.$current.withValue(backend) { try await next(request, context) }
    }
}
