extension OperationMap {
    /// The map from `document`'s operations: for each of ours, by operationId (exact, then ignoring case,
    /// `_` and `-`), then by the summary as the seed words it, then by a FastAPI-generated operationId
    /// (`list_users_users_get`). The first way that finds exactly one operation decides; an operation
    /// whose path parameters are not as many as ours (one `{id}` or none) is not taken, and one that orgtui
    /// never sends that way (a read as DELETE, say: `PlatformOperation.refusal(for:)`) is unmapped.
    /// What the ways compare is worked out once per document operation, so a document of any size costs
    /// one pass over it per operation of ours.
    public init(document: [DocumentOperation]) {
        let candidates = document.map(Candidate.init)
        var mapped: [String: PlatformOperation] = [:]
        var unmapped: [String: String] = [:]
        for operation in APIOperation.all {
            switch Self.match(operation, in: candidates) {
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

    /// A document operation with what the ways compare (a class: the ways pass over each many times).
    private final class Candidate {
        let operation: DocumentOperation
        let parameterCount: Int
        let word: String?
        let summary: Sentence?
        let description: Sentence?
        /// Its operationId less the end FastAPI gives one (`<path>_<method>`, each non-word character of the
        /// path an underscore), when it has that end: the name of the function FastAPI generated it from.
        let fastAPIName: String?

        init(_ operation: DocumentOperation) {
            self.operation = operation
            parameterCount = operation.pathParameterCount
            word = operation.operationID.map(OperationMap.word)
            summary = operation.summary.map(Sentence.init)
            description = operation.description.map(Sentence.init)
            let suffix = OperationMap.fastAPIPath(operation.path) + "_" + operation.method.lowercased()
            fastAPIName = operation.operationID.flatMap {
                $0.hasSuffix(suffix) ? String($0.dropLast(suffix.count)) : nil
            }
        }
    }

    /// A summary or description as summaries are compared: lower case, runs of whitespace one space, without a
    /// final period. Only its first `limit` characters are read (more than any sentence of ours has): a longer
    /// text is none of ours, though it may begin with one.
    private struct Sentence {
        var text = ""
        /// Whether `text` is the whole, not only its beginning.
        var whole = true

        static let limit = APIOperation.all.flatMap(\.sentences).map(\.count).max() ?? 0

        init(_ source: String) {
            var count = 0
            var space = false
            for character in source {
                if character.isWhitespace {
                    space = count > 0
                    continue
                }
                if space { text.append(" ") }
                space = false
                text += character.lowercased()
                count += 1
                if count > Self.limit {
                    whole = false
                    return
                }
            }
            while text.hasSuffix(".") { text.removeLast() }
        }

        /// Whether the text is `ours` (a sentence of ours, as `init` makes it).
        func equals(_ ours: Sentence) -> Bool { whole && text == ours.text }

        /// Whether the text begins with `ours`.
        func begins(with ours: Sentence) -> Bool { text.hasPrefix(ours.text) }
    }

    private static func match(_ operation: APIOperation, in document: [Candidate]) -> Result<
        DocumentOperation, Unmatched
    > {
        let wanted = operation.hasID ? 1 : 0
        let usable = document.filter { $0.parameterCount == wanted }
        let sentences = operation.sentences.map(Sentence.init)
        let word = word(operation.id)
        let fastAPI = operation.snakeCase
        let ways: [(Candidate) -> Bool] = [
            { $0.operation.operationID == operation.id },
            { $0.word == word },
            { candidate in
                sentences.contains { ours in
                    candidate.summary?.equals(ours) == true || candidate.description?.begins(with: ours) == true
                }
            },
            { $0.fastAPIName == fastAPI },
            { $0.operation.operationID?.hasPrefix(fastAPI + "_") == true },
        ]
        var ambiguous: [DocumentOperation] = []
        for way in ways {
            let found = usable.filter(way)
            if found.count == 1 { return .success(found[0].operation) }
            if found.count > 1, ambiguous.isEmpty { ambiguous = found.map(\.operation) }
        }
        if !ambiguous.isEmpty {
            let named = ambiguous.prefix(3).map { "\($0.method) \($0.path)" }.joined(separator: ", ")
            let more = ambiguous.count > 3 ? " and \(ambiguous.count - 3) more" : ""
            return .failure(Unmatched(phrase: "several operations could be it: " + named + more))
        }
        if let other = document.first(where: { candidate in ways.contains { $0(candidate) } })?.operation,
            let refusal = operation.parameterRefusal(method: other.method, path: other.path)
        {
            return .failure(Unmatched(phrase: refusal))
        }
        return .failure(
            Unmatched(phrase: "no operation is named \(operation.id) or summed up as “\(operation.sentences[0])”"))
    }

    /// Our query names that `found` names otherwise (one of the obvious other names of each); ours where
    /// it has them or none of those. Each of our extensions that `found` declares under our name is recorded
    /// under it too (`role=role`), since only a declared extension is sent.
    private static func queryNames(_ operation: APIOperation, _ found: DocumentOperation) -> [String: String] {
        var names: [String: String] = [:]
        for name in operation.extensions where found.query.contains(name) { names[name] = name }
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

    /// The path as FastAPI puts it in a generated operationId: every non-word character an underscore.
    private static func fastAPIPath(_ path: String) -> String {
        String(path.map { $0.isLetter || $0.isNumber || $0 == "_" ? $0 : "_" })
    }
}
