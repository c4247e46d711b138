import Foundation
import OrgHTTP
import OrgModel

/// Where the platform serves our operations, for `orgtui login`: read from `--spec FILE|URL`, else from
/// the API's `/openapi.json`; and how `orgtui status` names what it lacks.
enum PlatformPaths {
    /// The map read from `spec` (a file or an http(s) URL; one that cannot be read, is larger than
    /// `PlatformDocument.maxBytes`, is in plain http to another host than this one, or is not an OpenAPI 3
    /// document in JSON fails the login), else from `<api>/openapi.json`, asked with `credential` since it is
    /// the API's own origin (where its absence only means our own paths: nil), with one line that says which.
    /// Both are fetched with `configuration` (its certificate authorities).
    static func read(
        spec: String?, api: URL, credential: Credential, configuration: HTTPConfiguration = HTTPConfiguration()
    ) throws -> (map: OperationMap?, line: String) {
        guard let spec else {
            let url = PlatformDocument.defaultURL(api: api)
            let data: Data
            do {
                data = try Blocking.wait { () throws(BackendError) in
                    try await PlatformDocument.fetch(url, credential: credential, configuration: configuration)
                }
            } catch {
                return (
                    nil, "No API document at \(url.absoluteString) (\(Self.reason(error))): orgtui uses its own paths."
                )
            }
            guard let map = OperationMap(documentData: data)?.relative(to: api) else {
                return (nil, "\(url.absoluteString) is not an OpenAPI 3 document: orgtui uses its own paths.")
            }
            return (map, "Paths read from \(url.absoluteString): " + summary(map) + ".")
        }
        let data: Data
        let url: URL?
        do {
            url = try PlatformDocument.url(spec: spec)
        } catch {
            throw CLIFailure(error.message + " Nothing was saved.", status: .usage)
        }
        if let url {
            do {
                data = try Blocking.wait { () throws(BackendError) in
                    try await PlatformDocument.fetch(url, configuration: configuration)
                }
            } catch {
                throw CLIFailure("Cannot read the API document at \(spec) (\(Self.reason(error))): nothing was saved.")
            }
        } else {
            data = try file(spec)
        }
        guard let map = OperationMap(documentData: data)?.relative(to: api) else {
            throw CLIFailure("\(spec) is not an OpenAPI 3 document in JSON: nothing was saved.", status: .usage)
        }
        return (map, "Paths read from \(spec): " + summary(map) + ".")
    }

    /// The document in the file at `path`, of at most `PlatformDocument.maxBytes` (read no further).
    private static func file(_ path: String) throws -> Data {
        guard let handle = FileHandle(forReadingAtPath: path),
            let data = try? handle.read(upToCount: PlatformDocument.maxBytes + 1) ?? Data()
        else {
            throw CLIFailure("Cannot read the API document \(path): nothing was saved.", status: .usage)
        }
        guard data.count <= PlatformDocument.maxBytes else {
            let size = (try? FileManager.default.attributesOfItem(atPath: path))?[.size] as? Int
            let reason = PlatformDocument.tooLarge(size.flatMap { $0 > PlatformDocument.maxBytes ? $0 : nil })
            throw CLIFailure("Cannot read the API document \(path) (\(reason)): nothing was saved.", status: .usage)
        }
        return data
    }

    /// How many operations are mapped, and the ones that are not with their reasons.
    static func summary(_ map: OperationMap) -> String {
        let total = APIOperation.all.count
        guard !map.unmapped.isEmpty else { return "all \(total) operations mapped" }
        return "\(map.mapped.count) of \(total) operations mapped; not mapped: " + unmapped(map)
    }

    /// The operations `map` lacks, each with its reason, in our document's order.
    static func unmapped(_ map: OperationMap) -> String {
        APIOperation.all.compactMap { operation in map.unmapped[operation.id].map { "\(operation.id) (\($0))" } }
            .joined(separator: "; ")
    }

    private static func reason(_ error: BackendError) -> String {
        switch error {
        case .notFound: "404"
        case .unauthorized: "401"
        case .forbidden: "403"
        default: error.message
        }
    }
}
