import Foundation
import OrgModel

/// A change a command sends, as one value: what `--dry-run` prints (the API's method, path and body) is
/// what `send` would do.
enum ChangeRequest: Hashable, Sendable {
    case updateMe(UserUpdate)
    /// `basedOn`: only if the user's roles are still these (nil: whatever they are).
    case setRoles(id: String, roles: Set<Role>, basedOn: Set<Role>?)
    case deleteUser(id: String)
    case resetPassword(id: String)
    case invite(Invitation)

    /// The HTTP method of the API's operation.
    var method: String {
        switch self {
        case .updateMe: "PATCH"
        case .setRoles: "PUT"
        case .deleteUser: "DELETE"
        case .resetPassword, .invite: "POST"
        }
    }

    /// The operation's path under the API's base URL, with the user's id percent-encoded.
    var path: String {
        switch self {
        case .updateMe: "/users/me"
        case .setRoles(let id, _, _): "/users/\(Self.encoded(id))/roles"
        case .deleteUser(let id): "/users/\(Self.encoded(id))"
        case .resetPassword(let id): "/users/\(Self.encoded(id))/password-reset"
        case .invite: "/users/invite"
        }
    }

    /// The JSON body, as the API spells it, or nil when the operation sends none.
    var body: (any Encodable)? {
        switch self {
        case .updateMe(let update): update
        case .setRoles(_, let roles, _): roles.ordered
        case .invite(let invitation): InvitationBody(invitation: invitation)
        case .deleteUser, .resetPassword: nil
        }
    }

    /// Sends the change; returns the user as the backend answers once changed, for an operation that
    /// answers with one (`updateMe`), else nil.
    func send(to backend: any Backend) async throws(BackendError) -> User? {
        switch self {
        case .updateMe(let update): return try await backend.updateMe(update)
        case .setRoles(let id, let roles, let basedOn):
            try await backend.setRoles(id: id, roles: roles, basedOn: basedOn)
        case .deleteUser(let id): try await backend.deleteUser(id: id)
        case .resetPassword(let id): try await backend.resetPassword(id: id)
        case .invite(let invitation): try await backend.inviteUser(invitation)
        }
        return nil
    }

    private static let pathCharacters = CharacterSet.urlPathAllowed.subtracting(CharacterSet(charactersIn: "/"))

    private static func encoded(_ id: String) -> String {
        id.addingPercentEncoding(withAllowedCharacters: pathCharacters) ?? id
    }

    /// An invitation as the API reads it: the username-password connection is an explicit `null`.
    private struct InvitationBody: Encodable {
        let invitation: Invitation

        enum CodingKeys: String, CodingKey { case connection, email, name, roles }

        func encode(to encoder: any Encoder) throws {
            var container = encoder.container(keyedBy: CodingKeys.self)
            let connection: Connection? = invitation.connection == .googleOAuth2 ? .googleOAuth2 : nil
            try container.encode(connection, forKey: .connection)
            try container.encode(invitation.email, forKey: .email)
            try container.encode(invitation.name, forKey: .name)
            try container.encode(invitation.roles.ordered, forKey: .roles)
        }
    }
}
