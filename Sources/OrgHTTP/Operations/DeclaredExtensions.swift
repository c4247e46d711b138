import Foundation
import OrgModel

/// What the server declares of the extensions of `orgtui serve`, so that `HTTPBackend` uses them only there:
/// `listUsers`' filters (`role`, `email_search`, `connection`) and the invitations' operations. It goes by the
/// profile's `OperationMap` when it has one, else by the server's own document (`<api>/openapi.json`), read
/// once, on the first call that needs it. A server without a document, or whose document lacks an extension,
/// is never sent it: it might ignore the filters and list everyone, or answer 404 for a route it lacks.
actor DeclaredExtensions {
    /// The sentence that refuses a filtered query to a server that does not declare the filters.
    static let refusal =
        "This server's API does not offer the filters by role, email or sign-in method (its OpenAPI document "
        + "does not declare them), so orgtui sends nothing rather than risk listing everyone. "
        + "Search by name there, or filter on a local store or an orgtui serve."

    private let read: @Sendable () async -> OperationMap?
    private var known: OperationMap??

    init(operations: OperationMap?, baseURL: URL, credential: Credential, configuration: HTTPConfiguration) {
        if let operations {
            read = { operations }
        } else {
            read = {
                let url = PlatformDocument.defaultURL(api: baseURL)
                guard
                    let data = try? await PlatformDocument.fetch(
                        url, credential: credential, configuration: configuration)
                else { return nil }
                return OperationMap(documentData: data)
            }
        }
    }

    /// The sentence that refuses a name search outside the platform's rule (`problem` says why) to a server
    /// that does not declare `listUsers`' filters, which is how an `orgtui serve` (that takes names of any
    /// script) is told from the platform.
    static func nameRefusal(_ problem: String) -> String {
        "The platform's API searches names by letters A-Z and spaces only (\(problem.dropLast())), so orgtui "
            + "sends nothing. Search for a part of the name in A-Z, or on a local store or an orgtui serve."
    }

    /// Throws `.unsupported(refusal)` unless the server declares `listUsers`' filters.
    func require(refusal: String = refusal) async throws(BackendError) {
        if await map()?.declaresExtensions(of: "listUsers") != true { throw .unsupported(refusal) }
    }

    /// Throws `.unsupported(refusal)` unless the server declares the operation `id` (an extension).
    func require(_ id: String, refusal: String) async throws(BackendError) {
        if await map()?.mapped[id] == nil { throw .unsupported(refusal) }
    }

    private func map() async -> OperationMap? {
        if let known { return known }
        let map = await read()
        known = .some(map)
        return map
    }
}
