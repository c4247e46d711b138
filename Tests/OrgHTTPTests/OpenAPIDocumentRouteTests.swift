import Foundation
import Testing

@testable import OrgServer

/// `GET /openapi.json` is a table kept beside `openapi.yaml`: each operation of the YAML (method, path,
/// operationId, query parameters) must be in it, and nothing else, so the two cannot drift apart unseen.
@Suite struct OpenAPIDocumentRouteTests {
    /// One operation as "method path operationId [query names, sorted]".
    typealias Line = String

    static let yamlPath = URL(fileURLWithPath: #filePath).deletingLastPathComponent().deletingLastPathComponent()
        .deletingLastPathComponent().appendingPathComponent("Sources/OrgAPI/openapi.yaml").path

    /// The operations of openapi.yaml, read line by line (its layout: paths at 2 spaces, methods at 4).
    static func yamlOperations() throws -> Set<Line> {
        let lines = try String(contentsOfFile: yamlPath, encoding: .utf8).split(separator: "\n").map(String.init)
        var components: [String: String] = [:]  // parameter component -> its query name
        var component: String?
        var operations: [(method: String, path: String, id: String, query: [String], refs: [String])] = []
        var path = "", method: String?, inPaths = false
        for (index, line) in lines.enumerated() {
            let next = index + 1 < lines.count ? lines[index + 1].trimmingCharacters(in: .whitespaces) : ""
            let trimmed = line.trimmingCharacters(in: .whitespaces)
            if line == "paths:" { inPaths = true } else if !line.hasPrefix(" ") { inPaths = false }
            if inPaths, line.hasPrefix("  /") {
                path = String(trimmed.dropLast())
                method = nil
            } else if inPaths, line.hasPrefix("    "), !line.hasPrefix("     "), trimmed.hasSuffix(":") {
                method = String(trimmed.dropLast())
            } else if !inPaths, line.hasPrefix("    "), !line.hasPrefix("     "), trimmed.hasSuffix(":") {
                component = String(trimmed.dropLast())
            }
            if inPaths, let method, trimmed.hasPrefix("operationId: ") {
                operations.append((method, path, String(trimmed.dropFirst("operationId: ".count)), [], []))
            }
            guard next == "in: query", trimmed.hasPrefix("- name: ") || trimmed.hasPrefix("name: ") else {
                if inPaths, method != nil, let ref = trimmed.firstMatch(of: #/parameters/(\w+)"/#) {
                    operations[operations.count - 1].refs.append(String(ref.1))
                }
                continue
            }
            let name = String(trimmed.split(separator: " ").last ?? "")
            if inPaths, method != nil { operations[operations.count - 1].query.append(name) }
            if !inPaths, let component { components[component] = name }
        }
        return Set(
            operations.map { operation in
                let query = operation.query + operation.refs.compactMap { components[$0] }
                return "\(operation.method) \(operation.path) \(operation.id) \(query.sorted())"
            })
    }

    /// The operations of the document the server serves.
    static func servedOperations() throws -> Set<Line> {
        let root = try #require(
            try JSONSerialization.jsonObject(with: OpenAPIDocumentRoute.document) as? [String: Any])
        let paths = try #require(root["paths"] as? [String: [String: [String: Any]]])
        var lines: Set<Line> = []
        for (path, methods) in paths {
            for (method, operation) in methods {
                let parameters = operation["parameters"] as? [[String: Any]] ?? []
                let query = parameters.filter { $0["in"] as? String == "query" }.compactMap { $0["name"] as? String }
                lines.insert("\(method) \(path) \(operation["operationId"] as? String ?? "") \(query.sorted())")
            }
        }
        return lines
    }

    @Test func theServedDocumentListsExactlyTheOperationsOfOpenAPIYAML() throws {
        let yaml = try Self.yamlOperations()
        #expect(yaml.count == 12, "\(yaml.sorted())")
        #expect(
            yaml.contains(
                "get /users listUsers \(["connection", "email_search", "name_search", "page_number", "page_size", "role"])"
            ))
        let served = try Self.servedOperations()
        #expect(served.subtracting(yaml).isEmpty, "served, not in openapi.yaml: \(served.subtracting(yaml).sorted())")
        #expect(yaml.subtracting(served).isEmpty, "in openapi.yaml, not served: \(yaml.subtracting(served).sorted())")
    }

    /// The served document declares `name_search`'s schema as openapi.yaml does, so a client can tell a server
    /// that takes names of any script (minLength 2, no A-Z-only pattern) from the platform.
    @Test func theServedNameSearchSchemaIsOpenAPIYAMLs() throws {
        let lines = try String(contentsOfFile: Self.yamlPath, encoding: .utf8).split(separator: "\n")
        let start = try #require(lines.firstIndex { $0.hasSuffix("- name: name_search") })
        let schemaLine = try #require(lines[start...].first { $0.contains("schema: {") })
        let yamlPattern = try #require(schemaLine.firstMatch(of: #/pattern: "(.*)" }/#)?.1)
            .replacingOccurrences(of: "\\\\", with: "\\")
        let root = try #require(
            try JSONSerialization.jsonObject(with: OpenAPIDocumentRoute.document) as? [String: Any])
        let listUsers = try #require((root["paths"] as? [String: [String: [String: Any]]])?["/users"]?["get"])
        let parameters = try #require(listUsers["parameters"] as? [[String: Any]])
        let schema = try #require(
            parameters.first { $0["name"] as? String == "name_search" }?["schema"] as? [String: Any])
        #expect(schema["pattern"] as? String == yamlPattern)
        #expect(schemaLine.contains("minLength: \(schema["minLength"] as? Int ?? -1),"))
        #expect(schemaLine.contains("maxLength: \(schema["maxLength"] as? Int ?? -1),"))
        let pattern = try Regex(yamlPattern)
        for accepted in ["García", "최서연", "Ng", "   ", "Loïc Côté"] {
            #expect(accepted.wholeMatch(of: pattern) != nil, "\(accepted)")
        }
        for refused in ["a1c", "ann%", "a", "ann\u{0}"] {
            #expect(refused.wholeMatch(of: pattern) == nil, "\(refused)")
        }
    }
}
