/// Where the platform serves one of our operations: its method, its path template, and the names it gives
/// our query parameters where they differ.
public struct PlatformOperation: Hashable, Sendable {
    /// Upper case.
    public var method: String
    /// The platform's template; its one `{...}` parameter, if any, takes our `{id}`.
    public var path: String
    /// Our query parameter names that the platform names otherwise: ours to theirs.
    public var query: [String: String]

    public init(method: String, path: String, query: [String: String] = [:]) {
        self.method = method
        self.path = path
        self.query = query
    }

    /// Why `operation` is never sent this way, whatever document or file it came from: a method it may not
    /// be sent as (see `APIOperation.methodRefusal`), a path or query name that could end a line of the map
    /// file or change the request, or other path parameters than ours; nil when it may be sent.
    func refusal(for operation: APIOperation) -> String? {
        if let refusal = operation.methodRefusal(method) { return refusal }
        guard MapField.isPath(path) else {
            return "the document's path for \(operation.id), “\(path)”, is not one orgtui sends: "
                + "a path starts with / and holds no space, control character, ? or #"
        }
        if let refusal = operation.parameterRefusal(method: method, path: path) { return refusal }
        if let name = (Array(query.keys) + query.values).first(where: { !MapField.isQueryName($0) }) {
            return "the document names a query parameter of \(operation.id) “\(name)”, which orgtui cannot send"
        }
        return nil
    }

    /// The platform's path and query for `request`, a path and query of `operation` as our client built
    /// it: the value of our parameter (`{id}`) goes in the platform's, query names are renamed.
    func path(for request: String, of operation: APIOperation) -> String {
        let parts = request.split(separator: "?", maxSplits: 1, omittingEmptySubsequences: false)
        let ours = operation.path.split(separator: "/", omittingEmptySubsequences: false)
        let given = parts[0].split(separator: "/", omittingEmptySubsequences: false)
        let value = zip(ours, given).first { $0.0.hasPrefix("{") }.map { String($0.1) } ?? ""
        let path = self.path.split(separator: "/", omittingEmptySubsequences: false)
            .map { $0.hasPrefix("{") && $0.hasSuffix("}") ? value : String($0) }
            .joined(separator: "/")
        guard parts.count == 2 else { return path }
        let items = parts[1].split(separator: "&").map { item in
            let pair = item.split(separator: "=", maxSplits: 1, omittingEmptySubsequences: false)
            guard let renamed = query[String(pair[0])] else { return String(item) }
            return ([renamed] + pair.dropFirst().map(String.init)).joined(separator: "=")
        }
        return path + "?" + items.joined(separator: "&")
    }
}
