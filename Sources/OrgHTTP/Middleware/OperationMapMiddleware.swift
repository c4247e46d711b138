import Foundation
import HTTPTypes
import OpenAPIRuntime
import OrgModel

/// Sends each request to where the platform serves its operation (see `OperationMap`): its method, its path
/// with our `{id}`'s value, its query names. An operation the platform does not offer, or one the map would
/// send in a way orgtui never does (a read as anything but GET, a path that could change the request: see
/// `PlatformOperation.refusal(for:)`, checked again here whatever the map was built from), is refused as
/// `.unsupported` without a request.
struct OperationMapMiddleware: ClientMiddleware {
    var map: OperationMap

    func intercept(
        _ request: HTTPRequest,
        body: HTTPBody?,
        baseURL: URL,
        operationID: String,
        next: @Sendable (HTTPRequest, HTTPBody?, URL) async throws -> (HTTPResponse, HTTPBody?)
    ) async throws -> (HTTPResponse, HTTPBody?) {
        guard let operation = APIOperation.named(operationID), let target = map.mapped[operationID] else {
            throw BackendError.unsupported(map.refusal(operationID))
        }
        if let reason = target.refusal(for: operation) {
            throw BackendError.unsupported(OperationMap.refusal(operationID, reason: reason))
        }
        var request = request
        request.method = HTTPRequest.Method(target.method) ?? request.method
        request.path = target.path(for: request.path ?? operation.path, of: operation)
        return try await next(request, body, baseURL)
    }
}
