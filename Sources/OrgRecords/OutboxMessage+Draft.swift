import OrgModel

extension OutboxMessage {
    /// An email the platform would send, as every store writes it to its outbox: its words live here once.
    public struct Draft: Hashable, Sendable {
        public var kind: Kind
        public var recipient: String
        public var subject: String
        public var body: String
    }
}

extension OutboxMessage.Draft {
    /// The email that invites `invitation`'s person.
    public static func invitation(_ invitation: Invitation) -> Self {
        Self(
            kind: .invitation, recipient: invitation.email, subject: "You are invited to join the organization",
            body: "Hello \(invitation.name), you are invited with the roles \(invitation.roles.label). "
                + invitation.connection.inviteeInstructions)
    }

    /// The email that lets `user` choose a new password.
    public static func passwordReset(_ user: UserDetails) -> Self {
        Self(
            kind: .passwordReset, recipient: user.email, subject: "Reset your password",
            body: "Hello \(user.name), follow the link in this email to choose a new password.")
    }
}
