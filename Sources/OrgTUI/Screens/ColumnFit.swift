/// Sizes table columns to a total width: each column gets its natural (widest content) width, and while
/// they are too wide together the widest column above its minimum gives up a cell.
enum ColumnFit {
    /// The widths for columns whose content needs `natural` cells, each at least `minimum`, in `total`.
    static func widths(natural: [Int], minimum: [Int], total: Int) -> [Int] {
        var widths = zip(natural, minimum).map { max($0, $1) }
        var excess = widths.reduce(0, +) - total
        while excess > 0 {
            let shrinkable = widths.indices.filter { widths[$0] > minimum[$0] }
            guard let widest = shrinkable.max(by: { widths[$0] < widths[$1] }) else { break }
            widths[widest] -= 1
            excess -= 1
        }
        return widths
    }
}
