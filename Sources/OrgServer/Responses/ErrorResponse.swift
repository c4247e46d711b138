import Foundation
import HTTPTypes
import Hummingbird
import OrgModel

/// The API's error bodies: `{"detail": "..."}`, or for 422 FastAPI's `{"detail": [{loc, msg, type}]}`.
/// A detail may quote the request (a decoding error names the value it could not read), so each is cut
/// to `Validation.maxDetailLength` code points, as a client shows no more.
enum ErrorResponse {
    private struct Detail: Encodable { var detail: String }
    private struct Item: Encodable {
        var loc: [String]
        var msg: String
        var type: String
    }
    private struct ValidationDetail: Encodable { var detail: [Item] }
    private struct RolesChanged: Encodable {
        var detail: String
        var roles: [String]
    }

    /// A response with a string detail.
    static func make(_ status: HTTPResponse.Status, detail: String, headers: HTTPFields = [:]) -> Response {
        json(status, Detail(detail: bounded(detail)), headers: headers)
    }

    /// A 422 response with one validation item at `location`.
    static func validation(_ message: String, location: [String], type: String = "value_error") -> Response {
        json(
            .unprocessableContent,
            ValidationDetail(detail: [Item(loc: location.map(bounded), msg: bounded(message), type: type)]))
    }

    /// The response that a BackendError stands for, per contract.md. `location` places a 422's item.
    static func make(_ error: BackendError, location: [String]) -> Response {
        switch error {
        case .unauthorized: make(.unauthorized, detail: "Not authenticated: send a valid personal access token.")
        case .forbidden: make(.forbidden, detail: "Your roles do not permit this operation.")
        case .notFound: make(.notFound, detail: "No user has that id.")
        case .invalid(let detail): validation(detail, location: location)
        case .conflict(let detail): make(.conflict, detail: detail)
        case .rolesChanged(let current):
            json(.preconditionFailed, RolesChanged(detail: error.message, roles: current.ordered.map(\.rawValue)))
        case .rateLimited(let retryAfter):
            make(
                .tooManyRequests, detail: "Too many requests.",
                headers: retryAfter.flatMap(BackendError.wholeSeconds).map { [.retryAfter: String($0)] } ?? [:])
        case .unavailable(let detail), .unusableStore(let detail), .network(let detail):
            make(.serviceUnavailable, detail: detail)
        case .decoding(let detail), .failed(let detail, _): make(.internalServerError, detail: detail)
        case .unsupported(let detail): make(.notImplemented, detail: detail)
        }
    }

    /// `text` cut to the longest detail written.
    static func bounded(_ text: String) -> String {
        Validation.cut(text, toLength: Validation.maxDetailLength)
    }

    private static func json(_ status: HTTPResponse.Status, _ body: some Encodable, headers: HTTPFields = [:])
        -> Response
    {
        var fields = headers
        fields[.contentType] = "application/json"
        let data = (try? JSONEncoder().encode(body)) ?? Data(#"{"detail":"error"}"#.utf8)
        return Response(status: status, headers: fields, body: .init(byteBuffer: ByteBuffer(bytes: data)))
    }
}
