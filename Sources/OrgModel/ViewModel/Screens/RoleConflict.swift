/// The dialog after a role save found the user's roles changed since they were read: the set when the
/// editor opened, the set now, and yours, with three answers (apply your change on top of the set now,
/// overwrite it with yours, or cancel).
public struct RoleConflict: Hashable, Sendable {
    /// An answer to the dialog.
    public enum Answer: Hashable, Sendable, CaseIterable {
        /// Apply your change (yours against when you opened it) to the set now.
        case applyOnTop
        /// Replace the set now with yours.
        case overwrite
        /// Leave the set now as it is.
        case cancel
    }

    /// What the dialog asks of the app after a command.
    enum Outcome: Hashable, Sendable {
        /// Stay open: the highlighted answer moved.
        case stay
        /// Save this set, based on the set now.
        case save(Set<Role>)
        /// Close, changing nothing.
        case cancel
    }

    /// The user whose roles changed.
    public internal(set) var user: User
    /// The roles your change was based on (when the editor opened, or what undo would take back).
    public internal(set) var opened: Set<Role>
    /// The roles as the backend has them now.
    public internal(set) var now: Set<Role>
    /// The roles you saved.
    public internal(set) var yours: Set<Role>
    /// The highlighted answer; apply on top at first.
    public internal(set) var highlighted: Answer = .applyOnTop
    /// The answer's save in flight, while the dialog waits for it.
    public internal(set) var saving: RequestID?

    init(user: User, opened: Set<Role>, now: Set<Role>, yours: Set<Role>) {
        self.user = user
        self.opened = opened
        self.now = now
        self.yours = yours
    }

    /// Your change in short, such as `+admin`.
    public var change: String { RoleDelta(from: opened, to: yours).description }

    /// The set now with your change applied to it.
    public var onTop: Set<Role> { RoleDelta(from: opened, to: yours).applied(to: now) }

    /// Applies a command: `a` applies on top, `o` overwrites, Tab and the arrows move the highlight, Enter
    /// gives the highlighted answer, and anything else (`c`, Esc) cancels.
    mutating func handle(_ command: Command) -> Outcome {
        switch command {
        case .applyOnTop: return outcome(of: .applyOnTop)
        case .overwrite: return outcome(of: .overwrite)
        case .submit: return outcome(of: highlighted)
        case .nextField: moveHighlight(by: 1)
        case .previousField: moveHighlight(by: -1)
        default: return .cancel
        }
        return .stay
    }

    /// The set the current answer saves, or cancel.
    private func outcome(of answer: Answer) -> Outcome {
        switch answer {
        case .applyOnTop: .save(onTop)
        case .overwrite: .save(yours)
        case .cancel: .cancel
        }
    }

    private mutating func moveHighlight(by step: Int) {
        let all = Answer.allCases
        highlighted = all[(all.firstIndex(of: highlighted)! + step + all.count) % all.count]
    }
}
