import Foundation

/// Where the platform serves each of our operations, read from its own OpenAPI document (see
/// `OperationMap(document:)`); the operations it does not offer, each with the reason.
public struct OperationMap: Hashable, Sendable {
    /// By our operationId.
    public var mapped: [String: PlatformOperation]
    /// Our operationIds that the document offers no operation for, each with a phrase saying why.
    public var unmapped: [String: String]

    public init(mapped: [String: PlatformOperation], unmapped: [String: String] = [:]) {
        self.mapped = mapped
        self.unmapped = unmapped
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

    /// The sentence that refuses operation `id`, which the platform does not offer.
    public func refusal(_ id: String) -> String {
        "The platform's API has no \(id) operation (\(unmapped[id] ?? "it is not in its document")): orgtui cannot do this there."
    }

    /// The map from `document`'s operations: for each of ours, by operationId (exact, then ignoring case,
    /// `_` and `-`), then by the summary as the seed words it, then by a FastAPI-generated operationId
    /// (`list_users_users_get`). The first way that finds exactly one operation decides; an operation
    /// whose path parameters are not as many as ours (one `{id}` or none) is not taken.
    public init(document: [DocumentOperation]) {
        var mapped: [String: PlatformOperation] = [:]
        var unmapped: [String: String] = [:]
        for operation in APIOperation.all {
            switch Self.match(operation, in: document) {
            case .success(let found):
                mapped[operation.id] = PlatformOperation(
                    method: found.method, path: found.path, query: Self.queryNames(operation, found))
            case .failure(let reason):
                unmapped[operation.id] = reason.phrase
            }
        }
        self.init(mapped: mapped, unmapped: unmapped)
    }

    /// Why one of our operations was not mapped.
    struct Unmatched: Error {
        var phrase: String
    }

    private static func match(
        _ operation: APIOperation, in document: [DocumentOperation]
    ) -> Result<DocumentOperation, Unmatched> {
        let wanted = operation.hasID ? 1 : 0
        let usable = document.filter { $0.pathParameterCount == wanted }
        let sentences = operation.sentences.map(sentence)
        let fastAPI = operation.snakeCase
        let ways: [(DocumentOperation) -> Bool] = [
            { $0.operationID == operation.id },
            { $0.operationID.map(word) == word(operation.id) },
            { candidate in
                sentences.contains { ours in
                    candidate.summary.map(sentence) == ours
                        || candidate.description.map(sentence)?.hasPrefix(ours) == true
                }
            },
            { $0.operationID == fastAPI + fastAPIPath($0.path) + "_" + $0.method.lowercased() },
            { $0.operationID?.hasPrefix(fastAPI + "_") == true },
        ]
        var ambiguous: [DocumentOperation] = []
        for way in ways {
            let found = usable.filter(way)
            if found.count == 1 { return .success(found[0]) }
            if found.count > 1, ambiguous.isEmpty { ambiguous = found }
        }
        if !ambiguous.isEmpty {
            return .failure(
                Unmatched(
                    phrase: "several operations could be it: "
                        + ambiguous.map { "\($0.method) \($0.path)" }.joined(separator: ", ")))
        }
        if let other = document.first(where: { candidate in ways.contains { $0(candidate) } }) {
            return .failure(
                Unmatched(
                    phrase:
                        "\(other.method) \(other.path) has \(other.pathParameterCount) path parameters where ours has \(wanted)"
                ))
        }
        return .failure(
            Unmatched(phrase: "no operation is named \(operation.id) or summed up as “\(operation.sentences[0])”"))
    }

    /// Our query names that `found` names otherwise (one of the obvious other names of each); ours where
    /// it has them or none of those.
    private static func queryNames(_ operation: APIOperation, _ found: DocumentOperation) -> [String: String] {
        var names: [String: String] = [:]
        for (ours, others) in operation.query where !found.query.contains(ours) {
            let accepted = Set([word(ours)] + others)
            if let theirs = found.query.first(where: { accepted.contains(word($0)) }) { names[ours] = theirs }
        }
        return names
    }

    /// Lower case, without `_`, `-` or spaces: how operationIds and parameter names are compared.
    private static func word(_ text: String) -> String {
        String(text.lowercased().filter { $0 != "_" && $0 != "-" && $0 != " " })
    }

    /// Lower case, spaces collapsed, without a final period: how summaries are compared.
    private static func sentence(_ text: String) -> String {
        var words = text.lowercased().split(whereSeparator: \.isWhitespace).joined(separator: " ")
        while words.hasSuffix(".") { words.removeLast() }
        return words
    }

    /// The path as FastAPI puts it in a generated operationId: every non-word character an underscore.
    private static func fastAPIPath(_ path: String) -> String {
        String(path.map { $0.isLetter || $0.isNumber || $0 == "_" ? $0 : "_" })
    }
}
