extension Screen {
    /// Whether this screen is about one user only, so it closes when that user is gone.
    func concerns(userID: String) -> Bool {
        singleUser?.id == userID
    }

    /// The one user this screen is about (details, a single user's role editor, a question about them).
    var singleUser: User? {
        switch self {
        case .userDetails(let user):
            user
        case .roleEditor(let editor):
            editor.isBulk ? nil : editor.users.first
        case .roleConflict(let conflict):
            conflict.user
        case .confirmation(let confirmation):
            switch confirmation.action {
            case .delete(let user), .resetPassword(let user): user
            case .saveRoles(let editor): editor.isBulk ? nil : editor.users.first
            case .deleteAll, .resetPasswords: nil
            }
        default:
            nil
        }
    }
}
