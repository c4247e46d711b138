extension UserList {
    /// The marked users, by name.
    var marked: [User] {
        marks.values.sorted { ($0.name.lowercased(), $0.id) < ($1.name.lowercased(), $1.id) }
    }

    /// The users that roles, delete and password reset act on from the table: the marked users when there
    /// are any, else the user under the cursor.
    var targets: [User] {
        marks.isEmpty ? selected.map { [$0] } ?? [] : marked
    }
}
