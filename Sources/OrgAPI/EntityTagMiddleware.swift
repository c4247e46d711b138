import Foundation
import HTTPTypes
import OpenAPIRuntime

/// The generated code writes and reads every header's value as a URI component (a quoted ETag as
/// `%22roles%3Aadmin%22`), but `ETag` and `If-Match` carry entity tags as HTTP writes them. This middleware turns
/// one form into the other at the edge, around the generated client (it sends `If-Match` and reads `ETag` as HTTP
/// has them) and around the generated handlers (it reads `If-Match` and writes `ETag` so), so that the wire has
/// HTTP's form and the generated code its own.
public struct EntityTagMiddleware: ClientMiddleware, ServerMiddleware {
    private static let names: [HTTPField.Name] = [.eTag, .ifMatch]

    public init() {}

    public func intercept(
        _ request: HTTPRequest, body: HTTPBody?, baseURL: URL, operationID: String,
        next: @Sendable (HTTPRequest, HTTPBody?, URL) async throws -> (HTTPResponse, HTTPBody?)
    ) async throws -> (HTTPResponse, HTTPBody?) {
        var request = request
        request.headerFields = Self.wire(request.headerFields)
        var (response, responseBody) = try await next(request, body, baseURL)
        response.headerFields = Self.generated(response.headerFields)
        return (response, responseBody)
    }

    public func intercept(
        _ request: HTTPRequest, body: HTTPBody?, metadata: ServerRequestMetadata, operationID: String,
        next: @Sendable (HTTPRequest, HTTPBody?, ServerRequestMetadata) async throws -> (HTTPResponse, HTTPBody?)
    ) async throws -> (HTTPResponse, HTTPBody?) {
        var request = request
        request.headerFields = Self.generated(request.headerFields)
        var (response, responseBody) = try await next(request, body, metadata)
        response.headerFields = Self.wire(response.headerFields)
        return (response, responseBody)
    }

    /// `fields` with the entity tags as HTTP writes them, from the generated code's form.
    static func wire(_ fields: HTTPFields) -> HTTPFields {
        transformed(fields) { $0.removingPercentEncoding ?? $0 }
    }

    /// `fields` with the entity tags in the generated code's form, from HTTP's.
    static func generated(_ fields: HTTPFields) -> HTTPFields {
        transformed(fields) { $0.addingPercentEncoding(withAllowedCharacters: .alphanumerics) ?? $0 }
    }

    private static func transformed(_ fields: HTTPFields, _ transform: (String) -> String) -> HTTPFields {
        var fields = fields
        for name in names {
            if let value = fields[name] { fields[name] = transform(value) }
        }
        return fields
    }
}
