/// What a click asks of the view model. The terminal finds it where the last frame drew its target (a row,
/// a field); a click on a hint-bar key or a role in the role editor is that key's command instead.
public enum Click: Hashable, Sendable {
    /// The row at this index of the list on top (the users table, or the saved profiles), counted from 0.
    case row(Int)
    /// The field at this place in the form on top, counted from 0 in Tab order.
    case field(Int)

    /// Selects the row or focuses the field, when the screen on top has it; anything else changes nothing.
    func apply(to state: inout AppState) -> [Effect] {
        switch (self, state.screen) {
        case (.row(let index), .users):
            guard !state.search.isEditing, let count = state.users.count, (0..<count).contains(index) else {
                return []
            }
            state.users.window.select(index, bodyRows: state.bodyRows)
            return state.ensureLoaded()
        case (.row(let index), .profiles):
            return state.scope(ProfileList.self) { list, _ in
                list.move(by: index - list.cursor)
                return []
            }
        case (.field(let index), .inviteForm):
            return focus(InviteForm.self, index, &state) { $0.focus = $1 }
        case (.field(let index), .profileEditor):
            return focus(ProfileForm.self, index, &state) { $0.focus = $1 }
        case (.field(let index), .firstRun):
            return focus(FirstRunForm.self, index, &state) { $0.focus = $1 }
        default:
            return []
        }
    }

    /// Focuses field `index` of the form `S` on top, if it has one there.
    private func focus<S: ScreenState, F: CaseIterable>(
        _ form: S.Type, _ index: Int, _ state: inout AppState, _ set: (inout S, F) -> Void
    ) -> [Effect] where F.AllCases == [F] {
        let fields = F.allCases
        guard fields.indices.contains(index) else { return [] }
        return state.scope(S.self) { form, _ in
            set(&form, fields[index])
            return []
        }
    }
}
