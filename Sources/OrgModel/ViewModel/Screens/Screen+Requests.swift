extension Screen {
    /// The change this screen sent is request `id`: it waits for the answer, its last error cleared. Other
    /// screens send nothing of their own, and stay as they are.
    mutating func sent(_ id: RequestID) {
        switch self {
        case .roleEditor(var editor):
            editor.saving = id
            editor.error = nil
            self = .roleEditor(editor)
        case .roleConflict(var conflict):
            conflict.saving = id
            self = .roleConflict(conflict)
        case .inviteForm(var form):
            form.sending = id
            form.error = nil
            self = .inviteForm(form)
        case .profileEditor(var form):
            form.saving = id
            form.error = nil
            self = .profileEditor(form)
        default:
            break
        }
    }
}
