import Foundation
import OrgModel

/// Whether the server declares `listUsers`' extensions (`role`, `email_search`, `connection`), so that
/// `HTTPBackend` sends them: by the profile's `OperationMap` when it has one, else by the server's own document
/// (`<api>/openapi.json`), read once, on the first query that uses them. A server without a document, or whose
/// document lacks them, is never sent them: it might ignore them and list everyone.
actor DeclaredExtensions {
    /// The sentence that refuses a filtered query to a server that does not declare the filters.
    static let refusal =
        "This server's API does not offer the filters by role, email or sign-in method (its OpenAPI document "
        + "does not declare them), so orgtui sends nothing rather than risk listing everyone. "
        + "Search by name there, or filter on a local store or an orgtui serve."

    private let read: @Sendable () async -> Bool
    private var known: Bool?

    init(operations: OperationMap?, baseURL: URL, credential: Credential, configuration: HTTPConfiguration) {
        if let operations {
            read = { operations.declaresExtensions(of: "listUsers") }
        } else {
            read = {
                let url = PlatformDocument.defaultURL(api: baseURL)
                guard
                    let data = try? await PlatformDocument.fetch(
                        url, credential: credential, configuration: configuration)
                else { return false }
                return OperationMap(documentData: data)?.declaresExtensions(of: "listUsers") ?? false
            }
        }
    }

    /// Throws `.unsupported(refusal)` unless the server declares the extensions.
    func require() async throws(BackendError) {
        if known == nil { known = await read() }
        if known != true { throw .unsupported(Self.refusal) }
    }
}
