/// The query line that `/` opens above the users table.
public struct SearchLine: Hashable, Sendable {
    /// The text typed so far (kept when the line closes with Enter, cleared by Esc).
    public internal(set) var text = ""
    /// Whether the line has the keyboard.
    public internal(set) var isEditing = false
    /// Why nothing is sent yet (the text breaks `^[a-zA-Z ]{3,}$`), or nil.
    public internal(set) var hint: String?
    /// The pending 300 ms pause, if any.
    var debounce: RequestID?

    /// Whether the text can be sent: empty (everyone) or a valid name search.
    var isValid: Bool { text.isEmpty || Validation.nameSearchProblem(text) == nil }

    /// The name search the text asks for; nil means everyone.
    var nameSearch: String? { text.isEmpty ? nil : text }
}
