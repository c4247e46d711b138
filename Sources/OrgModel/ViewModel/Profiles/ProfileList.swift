/// The profile list (`:`): the saved profiles and the highlighted one, which Enter switches to.
public struct ProfileList: Hashable, Sendable {
    /// The saved profiles, in their file's order.
    public let entries: [ProfileEntry]
    /// The highlighted row.
    public internal(set) var cursor: Int

    /// The list with `active` highlighted (else the first).
    init(entries: [ProfileEntry], active: String?) {
        self.entries = entries
        cursor = entries.firstIndex { $0.name == active } ?? 0
    }

    /// The highlighted profile; nil when there are none.
    public var selected: ProfileEntry? { entries.indices.contains(cursor) ? entries[cursor] : nil }

    /// Moves the highlight by `rows`, staying on the list.
    mutating func move(by rows: Int) {
        cursor = min(max(0, cursor + rows), max(0, entries.count - 1))
    }
}
