extension Screen {
    /// Whether this screen is about one user only, so it closes when that user is gone.
    func concerns(userID: String) -> Bool {
        switch self {
        case .userDetails(let user):
            user.id == userID
        case .roleEditor(let editor):
            !editor.isBulk && editor.users.first?.id == userID
        case .roleConflict(let conflict):
            conflict.user.id == userID
        case .confirmation(let confirmation):
            switch confirmation.action {
            case .delete(let user), .resetPassword(let user): user.id == userID
            case .saveRoles(let editor): !editor.isBulk && editor.users.first?.id == userID
            }
        default:
            false
        }
    }
}
