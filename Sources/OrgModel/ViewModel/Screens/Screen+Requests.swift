extension Screen {
    /// The change this screen waits for, if any: a role editor's or conflict dialog's save, the invitation,
    /// the profile's save. The screen takes no input meanwhile.
    var awaiting: RequestID? {
        switch self {
        case .roleEditor(let editor): editor.saving
        case .roleConflict(let conflict): conflict.saving
        case .inviteForm(let form): form.sending
        case .profileEditor(let form): form.saving
        default: nil
        }
    }

    /// The change this screen sent is request `id`: it waits for the answer, its last error cleared. Other
    /// screens send nothing of their own, and stay as they are.
    mutating func sent(_ id: RequestID) { setAwaiting(id, error: nil) }

    /// The change this screen waited for failed: it takes input again and, when it shows one, shows `error`
    /// (its input stays).
    mutating func failed(_ error: String) { setAwaiting(nil, error: error) }

    /// Sets the change this screen waits for and the error it shows (the conflict dialog shows none).
    private mutating func setAwaiting(_ id: RequestID?, error: String?) {
        switch self {
        case .roleEditor(var editor):
            editor.saving = id
            editor.error = error
            self = .roleEditor(editor)
        case .roleConflict(var conflict):
            conflict.saving = id
            self = .roleConflict(conflict)
        case .inviteForm(var form):
            form.sending = id
            form.error = error
            self = .inviteForm(form)
        case .profileEditor(var form):
            form.saving = id
            form.error = error
            self = .profileEditor(form)
        default:
            break
        }
    }

    /// Whether this screen is a form, a dialog or another role editor than the one that sent `id`: a conflict
    /// from elsewhere (an undo) does not open its dialog over what the admin is typing or answering.
    func takesInput(otherThan id: RequestID) -> Bool {
        switch self {
        case .roleEditor(let editor): editor.saving != id
        case .inviteForm, .profileEditor, .confirmation, .roleConflict: true
        default: false
        }
    }
}
