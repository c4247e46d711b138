extension Confirmation {
    /// Asks before deleting a user or sending them a password reset, naming them (default No); a Google user
    /// gets no reset dialog, only the reason.
    static func asking(_ command: Command, about user: User) -> ScreenOutcome {
        if command == .resetPassword, user.signInConnection == .googleOAuth2 {
            return .status(.info("\(user.name) signs in with Google: they reset their password at Google, not here."))
        }
        return .push(.confirmation(command == .delete ? .toDelete(user) : .toResetPassword(of: user)))
    }

    /// Before deleting `user`.
    public static func toDelete(_ user: User) -> Confirmation {
        Confirmation(
            .delete(user), question: "Delete \(user.name) <\(user.email)>?",
            detail: "They lose access to the organization at once. This cannot be undone.")
    }

    /// Before sending `user` a password reset; the detail says whether their connection has a password.
    public static func toResetPassword(of user: User) -> Confirmation {
        Confirmation(
            .resetPassword(user), question: "Send a password reset email to \(user.name) <\(user.email)>?",
            detail: user.signInConnection == .usernamePassword
                ? "They get an email with a link to choose a new password."
                : "Only for username-password users: google-oauth2 users reset their password through Google.")
    }

    /// Before a bulk role change, naming the count and the change, and whether you lose your admin role.
    static func toSaveBulk(_ editor: RoleEditor, losingMyAdmin: Bool) -> Confirmation {
        Confirmation(
            .saveRoles(editor),
            question: "Change the roles of \(editor.users.count) marked users: \(editor.preview)?",
            detail: "Each user's other roles stay as they are."
                + (losingMyAdmin ? " You are marked too: you will lose your admin role." : ""))
    }

    /// Before taking your own admin role.
    static func toRemoveMyAdmin(_ editor: RoleEditor) -> Confirmation {
        Confirmation(
            .saveRoles(editor), question: "Remove your own admin role?",
            detail: "You will no longer be able to change users.")
    }
}
