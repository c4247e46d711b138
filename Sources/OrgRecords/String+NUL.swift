extension String {
    /// Whether this holds U+0000, which no stored text holds (a PostgreSQL `text` cannot, and SQLite's
    /// text would end there): a lookup by such an id, email or part of one finds nothing, without asking
    /// a database that would refuse the value or match what comes before the NUL.
    package var holdsNUL: Bool { utf8.contains(0) }
}
