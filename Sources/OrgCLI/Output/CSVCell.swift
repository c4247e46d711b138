/// A CSV cell made safe for spreadsheets: names are chosen by the users themselves, and a cell that begins
/// with `=`, `+`, `-`, `@`, tab or carriage return is run as a formula by Excel and its kin. OWASP's advice:
/// prefix such a cell with a single quote, which spreadsheets show as text.
enum CSVCell {
    /// The first characters that make a spreadsheet read a cell as a formula.
    static let formulaStarts: Set<Character> = ["=", "+", "-", "@", "\t", "\r"]

    /// `text`, with a `'` in front when it begins like a formula.
    static func neutralized(_ text: String) -> String {
        guard let first = text.unicodeScalars.first, formulaStarts.contains(Character(first)) else { return text }
        return "'" + text
    }
}
