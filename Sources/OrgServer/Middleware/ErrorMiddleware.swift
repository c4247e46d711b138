import Hummingbird
import Logging
import OpenAPIRuntime
import OrgModel

/// Writes every failure as a JSON `{"detail": ...}` answer: a BackendError with its contract status; a
/// body over the limit as 413; a request the generated server could not decode (a bad parameter or
/// body) as 422; an unknown path as
/// 404 and a wrong method as 405; anything else as 500, logged without the request's headers.
struct ErrorMiddleware<Context: RequestContext>: RouterMiddleware {
    func handle(_ request: Request, context: Context, next: (Request, Context) async throws -> Response) async throws
        -> Response
    {
        do {
            return try await next(request, context)
        } catch let error as ServerError {
            let location = request.method == .get ? ["query"] : ["body"]
            if let backendError = error.underlyingError as? BackendError {
                return ErrorResponse.make(backendError, location: location)
            }
            if let tooLarge = error.underlyingError as? RequestBodyTooLarge {
                return tooLarge.response
            }
            if error.operationInput == nil {
                let problem = RequestProblem(error.underlyingError, place: location[0])
                return ErrorResponse.validation(problem.message, location: problem.location, type: "request_error")
            }
            context.logger.error("\(error.operationID) failed: \(type(of: error.underlyingError))")
            return ErrorResponse.make(.internalServerError, detail: "Internal server error.")
        } catch let error as BackendError {
            return ErrorResponse.make(error, location: ["request"])
        } catch let error as RequestBodyTooLarge {
            return error.response
        } catch let error as HTTPError {
            let allowed = APIRoutes.allowedMethods(forPath: request.uri.path)
            if error.status == .notFound, !allowed.isEmpty {
                let allow = allowed.map(\.rawValue).joined(separator: ", ")
                return ErrorResponse.make(.methodNotAllowed, detail: "Method Not Allowed", headers: [.allow: allow])
            }
            return ErrorResponse.make(error.status, detail: error.body ?? error.status.reasonPhrase)
        } catch {
            context.logger.error("request failed: \(type(of: error))")
            return ErrorResponse.make(.internalServerError, detail: "Internal server error.")
        }
    }
}
