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

    /// The most of a document orgtui reads, 8 MiB: many times what an API of a few dozen operations needs,
    /// and little enough that reading it takes a moment.
    public static let maxBytes = 8 << 20

    /// Why a document of `bytes` bytes (nil: unknown, but more than `maxBytes`) is not read.
    public static func tooLarge(_ bytes: Int?) -> String {
        let most = maxBytes >> 20
        guard let bytes else { return "it is larger than \(most) MiB, the most orgtui reads" }
        let tenths = max(Int((Double(bytes) * 10 / Double(1 << 20)).rounded()), most * 10 + 1)
        return "it is \(tenths / 10).\(tenths % 10) MiB; orgtui reads at most \(most) MiB"
    }

    /// The URL `spec` (`orgtui login --spec`) names when it is an http or https URL; nil when it names a
    /// file. As for the API's URL, plain http is refused but to a loopback address: a document read in the
    /// clear could be changed on its way, and it decides where each request goes.
    public static func url(spec: String) throws(CredentialError) -> URL? {
        guard let url = URL(string: spec), let scheme = url.scheme?.lowercased(), ["http", "https"].contains(scheme)
        else { return nil }
        guard scheme == "https" || Loopback.contains(url) else {
            throw CredentialError(
                "The API document's URL must use https (plain http only to a loopback address: 127.x.x.x, [::1] or localhost); got '\(spec)'."
            )
        }
        return url
    }

    /// The document at `url`, with `credential` when it is given (only ever the API's own origin's): its body
    /// when the answer is 200, else the `BackendError` the answer means (`.notFound` for 404);
    /// `.unsupported(tooLarge(...))` when it is larger than `maxBytes`.
    public static func fetch(
        _ url: URL, credential: Credential? = nil, configuration: HTTPConfiguration = HTTPConfiguration()
    ) async throws(BackendError) -> Data {
        var origin = URLComponents(url: url, resolvingAgainstBaseURL: false) ?? URLComponents()
        let path = origin.percentEncodedPath + (origin.percentEncodedQuery.map { "?" + $0 } ?? "")
        origin.percentEncodedPath = ""
        origin.percentEncodedQuery = nil
        guard let base = origin.url else { throw .invalid("\(url.absoluteString) is not a URL") }
        let transport = CurlTransport(configuration: configuration)
        var headers: HTTPFields = [.accept: "application/json"]
        headers[.authorization] = credential?.authorizationValue
        do {
            let (response, body) = try await transport.send(
                HTTPRequest(method: .get, scheme: nil, authority: nil, path: path, headerFields: headers),
                body: nil, baseURL: base, operationID: "openapi.json")
            guard response.status.code == 200 else {
                throw HTTPStatusError(method: .get, status: response.status.code).backendError
            }
            var bytes: [UInt8] = []
            guard let body else { return Data() }
            if case .known(let length) = body.length, length > maxBytes {
                throw BackendError.unsupported(tooLarge(Int(length)))
            }
            for try await chunk in body {
                bytes += chunk
                guard bytes.count <= maxBytes else { throw BackendError.unsupported(tooLarge(nil)) }
            }
            return Data(bytes)
        } catch {
            throw BackendError(httpFailure: error)
        }
    }
}
