/// What a command did for one user, printed one row per id: the user and the outcome (`+admin -analyst`,
/// `deleted`, `no change`).
struct ChangeRow: OutputRow {
    static let columns = ["id", "name", "email", "outcome"]

    /// The row's JSON: the user's fields as the API names them (no `id` for an invitee, who has none yet),
    /// and the outcome.
    struct Wire: Encodable {
        let id: String?
        let name, email, outcome: String
    }

    let change: UserChange

    var cells: [String] { [change.user.id, change.user.name, change.user.email, change.outcome] }
    var wire: Wire {
        Wire(
            id: change.user.id.isEmpty ? nil : change.user.id, name: change.user.name, email: change.user.email,
            outcome: change.outcome)
    }
}
