import OrgModel

extension KeyContext {
    /// The context of the screen on top of `state`.
    init(_ state: AppState) {
        switch state.screen {
        case .users: self = state.search.isEditing ? .search : .list
        case .userDetails: self = .details
        case .roleEditor, .filter: self = .roles
        case .inviteForm, .profileEditor, .firstRun: self = .form
        case .confirmation: self = .dialog
        case .roleConflict: self = .conflict
        case .profile, .organization, .help, .auditLog, .messages: self = .info
        case .profiles: self = .profiles
        case .invitations(let list): self = list.question == nil ? .invitations : .dialog
        }
    }
}
