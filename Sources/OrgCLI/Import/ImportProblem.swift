/// Why one record of an import file cannot be sent: its line, the field at fault and the reason.
struct ImportProblem: Hashable, Sendable, CustomStringConvertible {
    /// The line where the record starts.
    let line: Int
    /// The record's email cell, as written (for the report).
    let email: String
    /// The column at fault (`email`, `name`, `roles`, `connection`).
    let field: String
    /// What is wrong, as a sentence.
    let reason: String

    /// `line 4, email: Email needs an @, as in name@example.com.`
    var description: String { "line \(line), \(field): \(reason)" }
}
