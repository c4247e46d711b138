/// The users list's filter (`f`): users holding any of the checked roles, who sign in the chosen way.
public struct UserFilter: Hashable, Sendable {
    /// The sign-in choices in their order on screen: any, Google, password.
    public static let connections: [Connection?] = [nil, .googleOAuth2, .usernamePassword]

    /// The checked roles; none checked means every role.
    public internal(set) var roles: Set<Role>
    /// The chosen sign-in method; nil for any.
    public internal(set) var connection: Connection?
}

extension UserFilter: ScreenState {
    var screen: Screen { .filter(self) }

    /// `1` `2` `3` toggle a role, Space and the arrows choose the sign-in method, Enter applies, Esc cancels.
    mutating func reduce(_ command: Command, _ context: inout ScreenContext) -> [ScreenOutcome] {
        if let role = command.toggledRole {
            roles.formSymmetricDifference([role])
            return []
        }
        switch command {
        case .up, .down, .toggleChoice:
            let count = Self.connections.count
            let index = Self.connections.firstIndex(of: connection) ?? 0
            connection = Self.connections[(index + (command == .up ? count - 1 : 1)) % count]
            return []
        case .submit:
            return [.close, .filter(roles, connection)]
        default:
            return [.close]
        }
    }
}
