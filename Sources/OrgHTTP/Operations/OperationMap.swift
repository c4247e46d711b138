import Foundation

/// Where the platform serves each of our operations, read from its own OpenAPI document (see
/// `OperationMap(document:)`); the operations it does not offer, each with the reason.
public struct OperationMap: Hashable, Sendable {
    /// By our operationId.
    public var mapped: [String: PlatformOperation]
    /// Our operationIds that the document offers no operation for, each with a phrase saying why.
    public var unmapped: [String: String]

    /// The map of `mapped`, less what orgtui never sends (see `PlatformOperation.refusal(for:)`): such an
    /// operation is unmapped with the reason. Each reason is made one line of printable text; operations that
    /// orgtui does not have are left out.
    public init(mapped: [String: PlatformOperation], unmapped: [String: String] = [:]) {
        self.mapped = [:]
        self.unmapped = [:]
        for operation in APIOperation.all {
            if let target = mapped[operation.id] {
                if let reason = target.refusal(for: operation) {
                    self.unmapped[operation.id] = MapField.line(reason)
                } else {
                    self.mapped[operation.id] = target
                }
            } else if let reason = unmapped[operation.id] {
                self.unmapped[operation.id] = MapField.line(reason)
            }
        }
    }

    /// The map of an OpenAPI 3 document in JSON; nil when `data` is not one.
    public init?(documentData data: Data) {
        guard let operations = DocumentOperation.all(inDocument: data) else { return nil }
        self.init(document: operations)
    }

    /// The map with paths relative to `api`: when every mapped path starts with the API URL's own path
    /// (a document that lists `/api/oum/v1/users` for the API at `https://host/api/oum/v1`), that prefix is
    /// dropped, since requests go to the API URL followed by the path.
    public func relative(to api: URL) -> OperationMap {
        var prefix = api.path
        while prefix.hasSuffix("/") { prefix.removeLast() }
        guard !prefix.isEmpty, !mapped.isEmpty,
            mapped.values.allSatisfy({ $0.path.hasPrefix(prefix + "/") })
        else { return self }
        var relative = self
        for (id, target) in mapped { relative.mapped[id]?.path = String(target.path.dropFirst(prefix.count)) }
        return relative
    }

    /// Whether the platform serves operation `id` with every one of its extensions (`APIOperation.extensions`).
    public func declaresExtensions(of id: String) -> Bool {
        guard let operation = APIOperation.named(id), let target = mapped[id] else { return false }
        return operation.extensions.allSatisfy { target.query[$0] == $0 }
    }

    /// The sentence that refuses operation `id`, which the platform does not offer.
    public func refusal(_ id: String) -> String {
        Self.refusal(id, reason: unmapped[id] ?? "it is not in its document")
    }

    /// The sentence that refuses operation `id` for `reason`.
    static func refusal(_ id: String, reason: String) -> String {
        "The platform's API has no \(id) operation (\(MapField.line(reason))): orgtui cannot do this there."
    }
}
