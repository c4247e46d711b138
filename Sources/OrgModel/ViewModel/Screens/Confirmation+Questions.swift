extension Confirmation {
    /// Asks before deleting `users` or sending them a password reset (the marked users, or the one under the
    /// cursor), naming them (default No); never yourself (`me`, by id). One Google user gets no reset dialog,
    /// only the reason; nobody left asks nothing.
    static func asking(_ command: Command, about users: [User], me: String?) -> [ScreenOutcome] {
        let others = users.filter { $0.id != me }
        guard let user = others.first else { return [] }
        let delete = command == .delete
        guard others.count > 1 else {
            if !delete, user.signInConnection == .googleOAuth2 {
                return [
                    .status(.info("\(user.name) signs in with Google: they reset their password at Google, not here."))
                ]
            }
            return [.push(.confirmation(delete ? .toDelete(user) : .toResetPassword(of: user)))]
        }
        let markedMe = others.count < users.count
        return [.push(.confirmation(delete ? .toDelete(others, markedMe: markedMe) : .toResetPasswords(of: others)))]
    }

    /// Before deleting several marked users, naming how many and who; `markedMe`: you are marked too, and stay.
    static func toDelete(_ users: [User], markedMe: Bool) -> Confirmation {
        Confirmation(
            .deleteAll(users), question: "Delete \(users.count) marked users: \(names(users))?",
            detail: "They lose access to the organization at once. This cannot be undone."
                + (markedMe ? " You are marked too, and stay: you cannot delete yourself." : ""))
    }

    /// Before sending several marked users a password reset, naming how many and who.
    static func toResetPasswords(of users: [User]) -> Confirmation {
        Confirmation(
            .resetPasswords(users),
            question: "Send a password reset email to \(users.count) marked users: \(names(users))?",
            detail: "Each gets an email with a link to choose a new password. Google (google-oauth2) users reset "
                + "theirs at Google: those are refused and stay marked.")
    }

    /// `Ann, Bo and Cy`; after five names, how many more.
    static func names(_ users: [User]) -> String {
        let shown = users.prefix(5).map(\.name)
        let more = users.count - shown.count
        if more > 0 { return shown.joined(separator: ", ") + " and \(more) more" }
        guard shown.count > 1 else { return shown.first ?? "" }
        return shown.dropLast().joined(separator: ", ") + " and " + shown[shown.count - 1]
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
