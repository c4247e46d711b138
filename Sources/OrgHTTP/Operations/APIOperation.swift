/// One of the operations orgtui calls, as our `openapi.yaml` has it and as the platform's reference page
/// (shared/seed) words it: what an `OperationMap` looks for in the platform's own document.
public struct APIOperation: Hashable, Sendable {
    /// Our operationId, which the generated client names each request with.
    public var id: String
    /// Our method, upper case.
    public var method: String
    /// Our path template, with at most one path parameter (`{id}`, or `{email}` for an invitation).
    public var path: String
    /// The sentences the seed describes the operation with (its summary first).
    public var sentences: [String]
    /// Our query parameters, and the other names a platform may obviously give each (compared without case,
    /// `_` or `-`).
    public var query: [String: [String]]
    /// Our query parameters that the platform's API lacks (extensions of `orgtui serve`): sent only to a server
    /// whose document declares them under these very names, since a server that ignores them would answer as
    /// if they were not there.
    public var extensions: [String]

    /// Every operation of the client, in `openapi.yaml`'s order.
    public static let all: [APIOperation] = [
        APIOperation("getOrganization", "GET", "/organization", ["Returns details about your organization."]),
        APIOperation("getMe", "GET", "/users/me", ["Returns your user details."]),
        APIOperation("updateMe", "PATCH", "/users/me", ["Updates your user details across all organizations."]),
        APIOperation(
            "listUsers", "GET", "/users", ["Lists users in your organization."],
            query: paging.merging(["name_search": ["search", "q", "query", "name", "namefilter"]]) { ours, _ in ours },
            extensions: ["role", "email_search", "connection"]),
        APIOperation("inviteUser", "POST", "/users/invite", ["Invites a user to your organization."]),
        APIOperation(
            "getUser", "GET", "/users/{id}",
            [
                "Returns the details for the specified user.",
                "Returns the details for the specified user, including the user's roles.",
            ]),
        APIOperation("deleteUser", "DELETE", "/users/{id}", ["Deletes the specified user from your organization."]),
        APIOperation(
            "resetPassword", "POST", "/users/{id}/password-reset",
            ["Requests an Auth0 password reset for the specified user."]),
        APIOperation(
            "setRoles", "PUT", "/users/{id}/roles",
            ["Creates a new role set for the specified user, replacing their existing roles."]),
        APIOperation(
            "listAudit", "GET", "/audit", ["Lists the audit log of your organization, newest first."],
            query: paging.merging(["user_id": ["user", "member", "memberid"]]) { ours, _ in ours }),
        APIOperation(
            "listInvitations", "GET", "/invitations",
            ["Lists the pending invitations of your organization, oldest first."], query: paging),
        APIOperation(
            "revokeInvitation", "DELETE", "/invitations/{email}",
            ["Withdraws a pending invitation, so that it can no longer be accepted."]),
    ]

    /// The paging parameters of both lists, with their obvious other names.
    private static let paging = [
        "page_number": ["page", "pageno", "pagenum"], "page_size": ["size", "perpage", "limit", "pagelen"],
    ]

    init(
        _ id: String, _ method: String, _ path: String, _ sentences: [String], query: [String: [String]] = [:],
        extensions: [String] = []
    ) {
        self.extensions = extensions
        self.id = id
        self.method = method
        self.path = path
        self.sentences = sentences
        self.query = query
    }

    /// The operation whose operationId is `id`.
    public static func named(_ id: String) -> APIOperation? {
        all.first { $0.id == id }
    }

    /// Whether the path has a parameter (`{id}`, `{email}`).
    var hasID: Bool { MapField.parameterCount(path) > 0 }

    /// Why the operation is not sent as `method`, whatever a document says: a read only ever goes as GET,
    /// a delete as DELETE, any other change as POST, PUT or PATCH; nil when it may be.
    func methodRefusal(_ method: String) -> String? {
        let (methods, rule): ([String], String) =
            switch self.method {
            case "GET": (["GET"], "a read is only ever sent as GET")
            case "DELETE": (["DELETE"], "\(id) is only ever sent as DELETE")
            default: (["POST", "PUT", "PATCH"], "a change is only ever sent as POST, PUT or PATCH")
            }
        return methods.contains(method) ? nil : "the document serves \(id) as \(method); \(rule)"
    }

    /// Why `method` and `path` cannot serve the operation because their path parameters are not as many as
    /// ours (one or none); nil when they are.
    func parameterRefusal(method: String, path: String) -> String? {
        let count = MapField.parameterCount(path)
        let wanted = hasID ? 1 : 0
        return count == wanted ? nil : "\(method) \(path) has \(count) path parameters where ours has \(wanted)"
    }

    /// The operationId in snake_case (`listUsers` -> `list_users`), as a FastAPI function would be named.
    var snakeCase: String {
        id.reduce(into: "") { result, character in
            if character.isUppercase { result += "_" }
            result += character.lowercased()
        }
    }
}
