import Foundation

/// A platform whose API is ours under other paths, methods, operationIds and parameter names: every path
/// under `/api/v2/`, members instead of users, roles at another sub-path, FastAPI-style operationIds.
/// Its OpenAPI document (`document`) is what `orgtui login` reads; `ours(method:path:)` undoes its
/// renaming, for the shim that serves it with our own server.
public enum FakePlatform {
    /// One operation: ours (method and path) and the platform's, with what its document says of it.
    public struct Route: Sendable {
        public var ours: (method: String, path: String)
        public var theirs: (method: String, path: String)
        public var operationID: String
        public var summary: String?
        /// The platform's name for each of our query parameters.
        public var query: [String: String] = [:]
    }

    public static let routes: [Route] = [
        Route(
            ours: ("GET", "/organization"), theirs: ("GET", "/api/v2/tenant"),
            operationID: "fetch_tenant_api_v2_tenant_get", summary: "Returns details about your organization."),
        Route(
            ours: ("GET", "/users/me"), theirs: ("GET", "/api/v2/members/self"),
            operationID: "get_me_api_v2_members_self_get", summary: "Who am I"),
        Route(
            ours: ("PATCH", "/users/me"), theirs: ("POST", "/api/v2/members/self/profile"),
            operationID: "update_me_api_v2_members_self_profile_post"),
        Route(
            ours: ("GET", "/users"), theirs: ("GET", "/api/v2/members"),
            operationID: "list_users_api_v2_members_get", summary: "List Users",
            query: [
                "page_number": "page", "page_size": "size", "name_search": "q", "role": "role",
                "email_search": "email_search", "connection": "connection",
            ]),
        Route(
            ours: ("POST", "/users/invite"), theirs: ("POST", "/api/v2/invitations"),
            operationID: "create_invitation_api_v2_invitations_post", summary: "Invites a user to your organization"),
        Route(
            ours: ("GET", "/users/{id}"), theirs: ("GET", "/api/v2/members/{member_id}"),
            operationID: "read_member_api_v2_members__member_id__get",
            summary: "Returns the details for the specified user."),
        Route(
            ours: ("DELETE", "/users/{id}"), theirs: ("DELETE", "/api/v2/members/{member_id}"),
            operationID: "remove_member_api_v2_members__member_id__delete",
            summary: "Deletes the specified user from your organization."),
        Route(
            ours: ("POST", "/users/{id}/password-reset"),
            theirs: ("POST", "/api/v2/members/{member_id}/credentials/reset"),
            operationID: "reset_password_api_v2_members__member_id__credentials_reset_post"),
        Route(
            ours: ("PUT", "/users/{id}/roles"), theirs: ("POST", "/api/v2/members/{member_id}/access/permission-set"),
            operationID: "replace_permissions_api_v2_members__member_id__access_permission_set_post",
            summary: "Creates a new role set for the specified user, replacing their existing roles."),
        Route(
            ours: ("GET", "/audit"), theirs: ("GET", "/api/v2/audit-log"),
            operationID: "list_audit_api_v2_audit_log_get",
            query: ["page_number": "page", "page_size": "size", "user_id": "member"]),
    ]

    /// listUsers' extensions of `orgtui serve`, which this platform declares under our names.
    public static let extensions: Set<String> = ["role", "email_search", "connection"]

    /// The platform's OpenAPI document (JSON) with `routes`, less the operations whose operationId is in
    /// `leaving`, and less listUsers' `extensions` unless `withExtensions` (the real platform has none).
    public static func document(leaving: Set<String> = [], withExtensions: Bool = true) -> Data {
        var paths: [String: [String: Any]] = [:]
        for route in routes where !leaving.contains(route.operationID) {
            var operation: [String: Any] = ["operationId": route.operationID, "responses": [:] as [String: Any]]
            operation["summary"] = route.summary
            let names = route.query.values.filter { withExtensions || !extensions.contains($0) }
            var parameters: [[String: Any]] = names.sorted().map { ["name": $0, "in": "query"] }
            if route.theirs.path.contains("{member_id}") {
                parameters.append(["name": "member_id", "in": "path", "required": true])
            }
            operation["parameters"] = parameters
            paths[route.theirs.path, default: [:]][route.theirs.method.lowercased()] = operation
        }
        let root: [String: Any] = [
            "openapi": "3.1.0", "info": ["title": "Fake Platform", "version": "2.0"], "paths": paths,
        ]
        return try! JSONSerialization.data(withJSONObject: root, options: [.sortedKeys])
    }

    /// Our method and path (with query) for the platform's `method` and `path`; nil when no route has them
    /// (or only one whose operationId is in `leaving`).
    public static func ours(
        method: String, path: String, leaving: Set<String> = []
    ) -> (method: String, path: String)? {
        let parts = path.split(separator: "?", maxSplits: 1, omittingEmptySubsequences: false)
        let given = parts[0].split(separator: "/", omittingEmptySubsequences: false)
        for route in routes where route.theirs.method == method && !leaving.contains(route.operationID) {
            let template = route.theirs.path.split(separator: "/", omittingEmptySubsequences: false)
            guard template.count == given.count else { continue }
            var value: Substring?
            guard
                zip(template, given).allSatisfy({ expected, actual in
                    if expected.hasPrefix("{") {
                        value = actual
                        return true
                    }
                    return expected == actual
                })
            else { continue }
            var ours = route.ours.path.replacingOccurrences(of: "{id}", with: String(value ?? ""))
            if parts.count == 2 {
                let back = Dictionary(uniqueKeysWithValues: route.query.map { ($1, $0) })
                ours +=
                    "?"
                    + parts[1].split(separator: "&").map { item in
                        let pair = item.split(separator: "=", maxSplits: 1, omittingEmptySubsequences: false)
                        return ([back[String(pair[0])] ?? String(pair[0])] + pair.dropFirst().map(String.init))
                            .joined(separator: "=")
                    }.joined(separator: "&")
            }
            return (route.ours.method, ours)
        }
        return nil
    }
}
