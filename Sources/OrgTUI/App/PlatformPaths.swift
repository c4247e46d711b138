import Foundation
import OrgCLI
import OrgHTTP
import OrgModel

/// Where the platform serves our operations, for `orgtui login`: read from `--spec FILE|URL`, else from
/// the API's `/openapi.json`; and how `orgtui status` names what it lacks.
enum PlatformPaths {
    /// The map read from `spec` (a file or an http(s) URL; one that cannot be read or is not an OpenAPI 3
    /// document in JSON fails the login), else from `<api>/openapi.json`, asked with `credential` since it is
    /// the API's own origin (where its absence only means our own paths: nil), with one line that says which.
    static func read(spec: String?, api: URL, credential: Credential) throws -> (map: OperationMap?, line: String) {
        guard let spec else {
            let url = PlatformDocument.defaultURL(api: api)
            let data: Data
            do {
                data = try Blocking.wait { () throws(BackendError) in
                    try await PlatformDocument.fetch(url, credential: credential)
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
        if let url = URL(string: spec), ["http", "https"].contains(url.scheme?.lowercased()) {
            do {
                data = try Blocking.wait { () throws(BackendError) in try await PlatformDocument.fetch(url) }
            } catch {
                throw CLIFailure("Cannot read the API document at \(spec) (\(Self.reason(error))): nothing was saved.")
            }
        } else {
            guard let contents = FileManager.default.contents(atPath: spec) else {
                throw CLIFailure("Cannot read the API document \(spec): nothing was saved.", status: .usage)
            }
            data = contents
        }
        guard let map = OperationMap(documentData: data)?.relative(to: api) else {
            throw CLIFailure("\(spec) is not an OpenAPI 3 document in JSON: nothing was saved.", status: .usage)
        }
        return (map, "Paths read from \(spec): " + summary(map) + ".")
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
