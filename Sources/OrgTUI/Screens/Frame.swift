/// What one render produces: the grid to show and where the text cursor goes (nil hides it).
struct Frame: Hashable, Sendable {
    var grid: Grid
    var cursor: Cursor?

    /// A cell position for the terminal's cursor.
    struct Cursor: Hashable, Sendable {
        var x: Int
        var y: Int
    }
}
