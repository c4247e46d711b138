import Hummingbird

/// Makes the request's context `APIRequestContext.current` for the generated handlers, which are called
/// without it. It is the router's last middleware, so that the context carries what the others set.
struct OpenAPIRequestContextMiddleware: RouterMiddleware {
    func handle(
        _ request: Request,
        context: APIRequestContext,
        next: (Request, APIRequestContext) async throws -> Response
    ) async throws -> Response {
        try await APIRequestContext.$current.withValue(context) { try await next(request, context) }
    }
}
