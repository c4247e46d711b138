import Hummingbird
import OrgModel

/// Resolves the Authorization header to the Backend that the request acts as, into the context's
/// `backend` (with the store's version that the check read); a missing or unknown credential is answered 401
/// before any handler runs.
struct AuthenticationMiddleware: RouterMiddleware {
    let authenticator: any Authenticator

    func handle(
        _ request: Request,
        context: APIRequestContext,
        next: (Request, APIRequestContext) async throws -> Response
    ) async throws -> Response {
        guard let authorization = request.headers[.authorization], !authorization.isEmpty,
            let member = try await authenticator.member(authorization: authorization)
        else { throw BackendError.unauthorized }
        var context = context
        context.backend = member.backend
        context.storeVersion = member.version
        context.facts.memberID = member.id
        context.facts.tokenCacheHit = member.cached
        return try await next(request, context)
    }
}
