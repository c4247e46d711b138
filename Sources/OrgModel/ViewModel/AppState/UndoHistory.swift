/// The session's role changes, as an editor keeps its edits: `u` takes back the newest batch (one user's change,
/// or a bulk change's successes), again the one before, and `U` makes the last one undone again. A new change
/// drops what could be redone.
struct UndoHistory: Hashable, Sendable {
    /// Which way a batch of role changes goes: made anew, taken back, or made again.
    enum Direction: Hashable, Sendable { case change, undo, redo }

    /// Role changes made together, with the change in short (`+analyst`, or `+admin -developer` for one user).
    struct Batch: Hashable, Sendable {
        var label: String
        var changes: [RoleChange]
        /// Whether it was a bulk change: taken back and made again per user on a fresh read, not based on a set.
        var isBulk: Bool

        /// One user's change, labelled with what it added and removed.
        init(_ change: RoleChange) {
            self.init(label: RoleDelta(from: change.before, to: change.after).description, changes: [change])
        }

        init(label: String, changes: [RoleChange], isBulk: Bool = false) {
            self.label = label
            self.changes = changes
            self.isBulk = isBulk
        }

        /// The same batch with other changes (those made, or those left).
        func with(_ changes: [RoleChange]) -> Batch { Batch(label: label, changes: changes, isBulk: isBulk) }
    }

    /// An undo, a redo or a bulk change under way: the batch it took from its stack (empty for a change), the
    /// single request of a one-user undo or redo, and the changes made so far and the users already so.
    struct Run: Hashable, Sendable {
        var direction: Direction
        var taken: Batch
        var request: RequestID?
        var made: [RoleChange] = []
        var settled: Set<String> = []
    }

    /// What `u` takes back, the newest last.
    var undoable: [Batch] = []
    /// What `U` makes again, the last undone last.
    var redoable: [Batch] = []
    /// The undo, redo or bulk change under way.
    var running: Run?

    /// The batch that `direction` (undo or redo) would take now.
    func next(_ direction: Direction) -> Batch? {
        direction == .redo ? redoable.last : direction == .undo ? undoable.last : nil
    }

    /// Records a change made from the editor or the conflict dialog.
    mutating func record(_ change: RoleChange) {
        undoable.append(Batch(change))
        redoable = []
    }

    /// Starts a bulk change labelled `label`, whose successes become one batch.
    mutating func beginBulk(label: String) {
        running = Run(direction: .change, taken: Batch(label: label, changes: [], isBulk: true))
    }

    /// Takes the batch that `direction` (undo or redo) works on off its stack, and returns the changes to make:
    /// for an undo, each change reversed.
    mutating func begin(_ direction: Direction) -> [RoleChange] {
        guard let batch = next(direction) else { return [] }
        if direction == .redo { redoable.removeLast() } else { undoable.removeLast() }
        running = Run(direction: direction, taken: batch)
        return direction == .undo ? batch.changes.map(\.reversed) : batch.changes
    }

    /// The request of a one-user undo or redo, so that its answer is known as its own.
    mutating func sent(_ id: RequestID) { running?.request = id }

    /// Whether `id` is the request of the one-user undo or redo under way.
    func owns(_ id: RequestID) -> Bool { running?.request == id }

    /// A change of the run was made (`change`), or found the roles already so (nil) for `user`.
    mutating func made(_ change: RoleChange?, of user: User) {
        running?.settled.insert(user.id)
        if let change { running?.made.append(change) }
    }

    /// Ends the run: what it made goes on the stack it leads to (an undo's on the redo stack, as made again),
    /// and what failed stays where it was, unless `dropFailed` (someone else changed those roles meanwhile:
    /// the conflict dialog takes over). Returns the run.
    @discardableResult
    mutating func finish(dropFailed: Bool = false) -> Run? {
        guard let run = running else { return nil }
        running = nil
        let left = run.taken.changes.filter { !run.settled.contains($0.user.id) }
        var made = run.taken.with(run.made)
        switch run.direction {
        case .change:
            if !made.changes.isEmpty {
                undoable.append(made)
                redoable = []
            }
        case .undo:
            made.changes = made.changes.map(\.reversed)
            if !made.changes.isEmpty { redoable.append(made) }
            if !left.isEmpty, !dropFailed { undoable.append(run.taken.with(left)) }
        case .redo:
            if !made.changes.isEmpty { undoable.append(made) }
            if !left.isEmpty, !dropFailed { redoable.append(run.taken.with(left)) }
        }
        return run
    }

    /// Forgets every change of a user who is gone.
    mutating func forget(userID: String) {
        func without(_ batches: [Batch]) -> [Batch] {
            batches.compactMap { batch in
                var batch = batch
                batch.changes.removeAll { $0.user.id == userID }
                return batch.changes.isEmpty ? nil : batch
            }
        }
        undoable = without(undoable)
        redoable = without(redoable)
        running?.taken.changes.removeAll { $0.user.id == userID }
    }

    /// What the status line says while a one-user undo or redo of `change` (labelled like `+admin`) is sent.
    static func sending(_ direction: Direction, _ change: RoleChange, label: String) -> String {
        direction == .undo
            ? "Undoing \(label) for \(change.user.name): back to \(change.after.label)…"
            : "Redoing \(label) for \(change.user.name): \(change.after.label) again…"
    }

    /// What the status line says once a one-user undo or redo made `change`.
    static func done(_ direction: Direction, _ change: RoleChange, label: String) -> String {
        direction == .undo
            ? "Undid \(label) for \(change.user.name): the roles are \(change.after.label) again. Press U to redo."
            : "Redid \(label) for \(change.user.name): the roles are \(change.after.label) again. Press u to undo."
    }
}
