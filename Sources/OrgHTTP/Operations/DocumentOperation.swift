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
    var pathParameterCount: Int { MapField.parameterCount(path) }

    /// Every operation of an OpenAPI 3 document in JSON, in path order; nil when `data` is not one (not
    /// JSON, or without `openapi: 3...` and `paths`). Parameters given as `#/components/parameters/...`
    /// references are followed.
    public static func all(inDocument data: Data) -> [DocumentOperation]? {
        guard let document = try? JSONDecoder().decode(OpenAPIDocument.self, from: data),
            document.openapi.hasPrefix("3")
        else { return nil }
        let shared = document.components?.value?.parameters ?? [:]
        func resolved(_ parameter: OpenAPIDocument.Parameter) -> OpenAPIDocument.Parameter? {
            guard let reference = parameter.reference else { return parameter }
            let prefix = "#/components/parameters/"
            guard reference.hasPrefix(prefix) else { return nil }
            return shared[String(reference.dropFirst(prefix.count))]?.value
        }
        var operations: [DocumentOperation] = []
        for path in document.paths.keys.sorted() {
            guard let item = document.paths[path]?.value else { continue }
            let common = item.parameters.compactMap(resolved)
            for (method, operation) in item.operations {
                let parameters = common + operation.parameters.compactMap(resolved)
                operations.append(
                    DocumentOperation(
                        method: method.uppercased(), path: path, operationID: operation.operationID,
                        summary: operation.summary, description: operation.description,
                        query: parameters.filter { $0.location == "query" }.compactMap(\.name)))
            }
        }
        return operations
    }
}
