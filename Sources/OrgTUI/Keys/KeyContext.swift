/// Where a key is pressed; the same key can mean different commands in different places. The raw
/// value names the context in the config file.
enum KeyContext: String, Hashable, Sendable, CaseIterable {
    /// The users table.
    case list
    /// The search line, while typing a query.
    case search
    /// A user's details.
    case details
    /// The role editor.
    case roles
    /// A form with text fields (invite, profile edit, first run).
    case form
    /// A yes/no dialog.
    case dialog
    /// The role conflict dialog: apply on top, overwrite or cancel.
    case conflict
    /// A screen that only shows information: the organization, your profile, the audit log, or help.
    case info
    /// The saved profiles' list.
    case profiles
    /// The pending invitations.
    case invitations

    /// The context a config file names: a raw value, or `page`, the former name of `info`.
    init?(configName: String) {
        self.init(rawValue: configName == "page" ? KeyContext.info.rawValue : configName)
    }

    /// The heading of this context in the help screen.
    var title: String {
        switch self {
        case .list: "Users table"
        case .search: "Search line"
        case .details: "User details"
        case .roles: "Role editor"
        case .form: "Forms"
        case .dialog: "Dialogs"
        case .conflict: "Role conflict"
        case .info: "Organization, profile, audit log and help"
        case .profiles: "Profiles"
        case .invitations: "Invitations"
        }
    }
}
