import Foundation
import Hummingbird

/// `GET /openapi.json`, without a token: the server's own OpenAPI document in JSON, listing each operation of
/// `openapi.yaml` with its method, path, operationId and parameters, the extensions of `orgtui serve` among
/// them (`listUsers`' `role`, `email_search` and `connection`, the audit log, the invitations), so that a client (`orgtui login`) can tell
/// this server from the platform and send the extensions only here.
struct OpenAPIDocumentRoute {
    /// One operation: our method, path, operationId and query parameters.
    private struct Operation {
        var method: String
        var path: String
        var id: String
        var query: [String] = []
    }

    /// The schema of `listUsers`' `name_search`, as openapi.yaml declares it: a client that finds it here knows
    /// this server takes names of any script, where the platform takes `^[a-zA-Z ]{3,100}$` only.
    static var nameSearchSchema: [String: Any] {
        ["type": "string", "minLength": 2, "maxLength": 100, "pattern": #"^[^\x00-\x1F!-@\[-`{-~\x7F]{2,100}$"#]
    }

    private static let paging = ["page_number", "page_size"]

    private static let operations = [
        Operation(method: "get", path: "/organization", id: "getOrganization"),
        Operation(method: "get", path: "/users/me", id: "getMe"),
        Operation(method: "patch", path: "/users/me", id: "updateMe"),
        Operation(
            method: "get", path: "/users", id: "listUsers",
            query: paging + ["name_search", "role", "email_search", "connection"]),
        Operation(method: "post", path: "/users/invite", id: "inviteUser"),
        Operation(method: "get", path: "/users/{id}", id: "getUser"),
        Operation(method: "delete", path: "/users/{id}", id: "deleteUser"),
        Operation(method: "post", path: "/users/{id}/password-reset", id: "resetPassword"),
        Operation(method: "put", path: "/users/{id}/roles", id: "setRoles"),
        Operation(method: "get", path: "/audit", id: "listAudit", query: paging + ["user_id"]),
        Operation(method: "get", path: "/invitations", id: "listInvitations", query: paging),
        Operation(method: "delete", path: "/invitations/{email}", id: "revokeInvitation"),
    ]

    /// The document, made once.
    static let document: Data = {
        var paths: [String: [String: Any]] = [:]
        for operation in operations {
            var parameters: [[String: Any]] = operation.query.map { name in
                var parameter: [String: Any] = ["name": name, "in": "query", "required": false]
                if operation.id == "listUsers", name == "name_search" { parameter["schema"] = nameSearchSchema }
                return parameter
            }
            for segment in operation.path.split(separator: "/") where segment.hasPrefix("{") {
                let name = String(segment.dropFirst().dropLast())
                parameters.insert(["name": name, "in": "path", "required": true, "schema": ["type": "string"]], at: 0)
            }
            paths[operation.path, default: [:]][operation.method] = [
                "operationId": operation.id, "parameters": parameters,
                "responses": ["default": ["description": "See the project's openapi.yaml."]],
            ]
        }
        let root: [String: Any] = [
            "openapi": "3.0.3", "info": ["title": "org-user-management (orgtui serve)", "version": "1.0"],
            "paths": paths,
        ]
        return (try? JSONSerialization.data(withJSONObject: root, options: [.sortedKeys])) ?? Data()
    }()

    func register(on router: Router<APIRequestContext>) {
        router.get("openapi.json") { _, context in
            context.facts.operation = "openapi.json"
            return Response(
                status: .ok, headers: [.contentType: "application/json"],
                body: ResponseBody(byteBuffer: ByteBuffer(bytes: Self.document)))
        }
    }
}
