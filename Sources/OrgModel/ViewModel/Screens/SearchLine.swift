/// The query line that `/` opens above the users table.
public struct SearchLine: Hashable, Sendable {
    /// What the line asks of the app after a command.
    enum Outcome: Hashable, Sendable {
        /// The text changed: run it after a pause, if it is valid and new.
        case edited
        /// Only the cursor moved: nothing to run.
        case moved
        /// Enter on a valid query: the line closed; run the query now, if it is new.
        case run
        /// Enter on an invalid query: nothing runs, and this says why.
        case refused(String)
        /// Esc: close the line and show everyone.
        case clear
        /// Not the line's command: the table below still moves.
        case ignored
    }

    /// The pause in typing after which a valid query runs by itself.
    static let debounceMilliseconds = 300

    /// The text typed so far and the cursor in it (kept when the line closes with Enter, cleared by Esc).
    public internal(set) var line: LineEditor = ""
    /// Whether the line has the keyboard.
    public internal(set) var isEditing = false
    /// Why nothing is sent yet (a name search breaks `^[a-zA-Z ]{3,}$`, an email search is too long), or nil.
    public internal(set) var hint: String?
    /// The pending 300 ms pause, if any.
    var debounce: RequestID?

    /// The text typed so far.
    public var text: String { line.text }

    /// Whether the text can be sent: empty (everyone) or a valid name or email search.
    var isValid: Bool { text.isEmpty || UserQuery.searchProblem(text) == nil }

    /// The search the text asks for (`UserQuery(search:)` tells name from email); nil means everyone.
    var nameSearch: String? { text.isEmpty ? nil : text }

    /// Gives the line the keyboard, keeping the current query's text to edit.
    mutating func open() {
        isEditing = true
        updateHint()
    }

    /// Applies a command: Enter runs, Esc clears, the line editing commands edit.
    mutating func handle(_ command: Command) -> Outcome {
        let before = text
        if line.apply(command) {
            guard text != before else { return .moved }
            updateHint()
            return .edited
        }
        switch command {
        case .submit:
            guard isValid else { return .refused(hint ?? "Search uses letters and spaces only.") }
            isEditing = false
            return .run
        case .back:
            return .clear
        default:
            return .ignored
        }
    }

    /// Inserts typed text at the cursor.
    mutating func type(_ typed: String) {
        line.insert(typed)
        updateHint()
    }

    /// New query text: cancels the pending pause and, when the text is valid and not the query `shown`,
    /// starts another.
    mutating func edited(showing shown: String?, nextRequestID: inout Int) -> [Effect] {
        var effects = cancelPause()
        if isValid, nameSearch != shown {
            let id = RequestID.take(&nextRequestID)
            debounce = id
            effects.append(.debounceSearch(id, milliseconds: Self.debounceMilliseconds))
        }
        return effects
    }

    /// Whether pause `id` ends on a query to run now: the one typed, valid, and not the query `shown`.
    mutating func paused(_ id: RequestID, showing shown: String?) -> Bool {
        guard debounce == id else { return false }
        debounce = nil
        return isValid && nameSearch != shown
    }

    /// Cancels the pending pause, if any.
    mutating func cancelPause() -> [Effect] {
        guard let id = debounce else { return [] }
        debounce = nil
        return [.cancel(id)]
    }

    private mutating func updateHint() {
        hint = text.isEmpty ? nil : UserQuery.searchProblem(text)
    }
}
