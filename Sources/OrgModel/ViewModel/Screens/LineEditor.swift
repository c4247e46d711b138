/// One line of text being typed and the cursor in it, edited as readline edits a line: typing inserts at
/// the cursor, Left and Right move it, Home and End (C-a, C-e) go to the ends, Backspace and Delete erase
/// a character, C-u erases before the cursor, C-k after it, and C-w the word before it. Every text field
/// of a form and the search line is one.
///
/// The cursor counts characters (grapheme clusters) before it, so it never splits one.
public struct LineEditor: Hashable, Sendable, ExpressibleByStringLiteral {
    /// The text typed so far.
    public private(set) var text: String
    /// How many characters come before the cursor: 0 at the start, `text.count` at the end.
    public private(set) var cursor: Int

    /// A line holding `text`, the cursor at its end.
    public init(_ text: String = "") {
        self.text = text
        cursor = text.count
    }

    /// A line holding `text`, the cursor after its first `cursor` characters.
    init(_ text: String, cursor: Int) {
        self.text = text
        self.cursor = max(0, min(cursor, text.count))
    }

    public init(stringLiteral text: String) { self.init(text) }

    /// The commands that edit a line; a screen with a line offers them while the line has the keyboard.
    public static let commands: Set<Command> = [
        .backspace, .deleteForward, .cursorLeft, .cursorRight, .lineStart, .lineEnd, .killToStart, .killToEnd,
        .killWordBack,
    ]

    /// The text before the cursor.
    public var beforeCursor: Substring { text.prefix(cursor) }

    /// The text from the cursor on.
    public var afterCursor: Substring { text.dropFirst(cursor) }

    /// Inserts `typed` at the cursor and puts the cursor after it.
    public mutating func insert(_ typed: String) {
        replace(before: String(beforeCursor) + typed, after: afterCursor)
    }

    /// Applies an editing command (one of `commands`); returns false, changing nothing, for any other.
    @discardableResult
    public mutating func apply(_ command: Command) -> Bool {
        switch command {
        case .backspace: replace(before: beforeCursor.dropLast(), after: afterCursor)
        case .deleteForward: replace(before: beforeCursor, after: afterCursor.dropFirst())
        case .cursorLeft: cursor = max(0, cursor - 1)
        case .cursorRight: cursor = min(text.count, cursor + 1)
        case .lineStart: cursor = 0
        case .lineEnd: cursor = text.count
        case .killToStart: replace(before: "", after: afterCursor)
        case .killToEnd: replace(before: beforeCursor, after: "")
        case .killWordBack: replace(before: Self.droppingLastWord(beforeCursor), after: afterCursor)
        default: return false
        }
        return true
    }

    /// The text becomes `before` + `after`, the cursor between them (at the end of the text should the two
    /// join into one character there).
    private mutating func replace(before: some StringProtocol, after: some StringProtocol) {
        text = String(before) + String(after)
        cursor = min(before.count, text.count)
    }

    /// `text` without its last word and the spaces after it, as readline's C-w (unix-word-rubout) erases:
    /// a word runs back to the previous space.
    private static func droppingLastWord(_ text: Substring) -> Substring {
        let trimmed = text[..<(text.lastIndex(where: { !$0.isWhitespace }).map(text.index(after:)) ?? text.startIndex)]
        return trimmed[..<(trimmed.lastIndex(where: \.isWhitespace).map(trimmed.index(after:)) ?? trimmed.startIndex)]
    }
}
