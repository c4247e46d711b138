import Foundation

/// One operation of the platform's OpenAPI 3 document: what an `OperationMap` matches ours against.
public struct DocumentOperation: Hashable, Sendable {
    /// Upper case.
    public var method: String
    /// The path template, `{name}` for each path parameter.
    public var path: String
    public var operationID: String?
    public var summary: String?
    public var description: String?
    /// The names of its query parameters.
    public var query: [String]

    public init(
        method: String, path: String, operationID: String? = nil, summary: String? = nil, description: String? = nil,
        query: [String] = []
    ) {
        self.method = method
        self.path = path
        self.operationID = operationID
        self.summary = summary
        self.description = description
        self.query = query
    }

    /// The number of `{...}` path parameters in the template.
    var pathParameterCount: Int {
        path.split(separator: "/").filter { $0.hasPrefix("{") && $0.hasSuffix("}") }.count
    }

    private static let methods = ["get", "put", "post", "delete", "patch", "head", "options", "trace"]

    /// Every operation of an OpenAPI 3 document in JSON, in path order; nil when `data` is not one (not
    /// JSON, or without `openapi: 3...` and `paths`). Parameters given as `#/components/parameters/...`
    /// references are followed.
    public static func all(inDocument data: Data) -> [DocumentOperation]? {
        guard let root = (try? JSONSerialization.jsonObject(with: data)) as? [String: Any],
            (root["openapi"] as? String)?.hasPrefix("3") == true,
            let paths = root["paths"] as? [String: Any]
        else { return nil }
        let shared = (root["components"] as? [String: Any])?["parameters"] as? [String: Any] ?? [:]
        func resolved(_ parameter: Any) -> [String: Any]? {
            guard let parameter = parameter as? [String: Any] else { return nil }
            guard let reference = parameter["$ref"] as? String else { return parameter }
            let prefix = "#/components/parameters/"
            guard reference.hasPrefix(prefix) else { return nil }
            return shared[String(reference.dropFirst(prefix.count))] as? [String: Any]
        }
        var operations: [DocumentOperation] = []
        for path in paths.keys.sorted() {
            guard let item = paths[path] as? [String: Any] else { continue }
            let common = (item["parameters"] as? [Any] ?? []).compactMap(resolved)
            for method in methods {
                guard let operation = item[method] as? [String: Any] else { continue }
                let parameters = common + (operation["parameters"] as? [Any] ?? []).compactMap(resolved)
                operations.append(
                    DocumentOperation(
                        method: method.uppercased(), path: path, operationID: operation["operationId"] as? String,
                        summary: operation["summary"] as? String, description: operation["description"] as? String,
                        query: parameters.filter { $0["in"] as? String == "query" }.compactMap { $0["name"] as? String }
                    ))
            }
        }
        return operations
    }
}
