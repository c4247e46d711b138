import Foundation
import HTTPTypes
import OpenAPIRuntime
import OrgModel

/// The platform's own OpenAPI document, which `orgtui login` reads its paths from (see `OperationMap`).
public enum PlatformDocument {
    /// `<api>/openapi.json`, where a FastAPI-style service publishes its document.
    public static func defaultURL(api: URL) -> URL {
        api.appendingPathComponent("openapi.json")
    }

    /// The document at `url`, with `credential` when it is given (only ever the API's own origin's): its body
    /// when the answer is 200, else the `BackendError` the answer means (`.notFound` for 404).
    public static func fetch(
        _ url: URL, credential: Credential? = nil, configuration: HTTPConfiguration = HTTPConfiguration()
    ) async throws(BackendError) -> Data {
        var origin = URLComponents(url: url, resolvingAgainstBaseURL: false) ?? URLComponents()
        let path = origin.percentEncodedPath + (origin.percentEncodedQuery.map { "?" + $0 } ?? "")
        origin.percentEncodedPath = ""
        origin.percentEncodedQuery = nil
        guard let base = origin.url else { throw .invalid("\(url.absoluteString) is not a URL") }
        let transport = CurlTransport(
            connectTimeout: configuration.connectTimeout,
            transferTimeout: max(configuration.connectTimeout, configuration.requestTimeout).rounded(.up) + 1)
        var headers: HTTPFields = [.accept: "application/json"]
        headers[.authorization] = credential?.authorizationValue
        do {
            let (response, body) = try await transport.send(
                HTTPRequest(method: .get, scheme: nil, authority: nil, path: path, headerFields: headers),
                body: nil, baseURL: base, operationID: "openapi.json")
            var bytes: [UInt8] = []
            if let body { bytes = try await [UInt8](collecting: body, upTo: CurlTransport.maxResponseBytes) }
            guard response.status.code == 200 else {
                throw HTTPStatusError(method: .get, status: response.status.code).backendError
            }
            return Data(bytes)
        } catch {
            throw BackendError(httpFailure: error)
        }
    }
}
