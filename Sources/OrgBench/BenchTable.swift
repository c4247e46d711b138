import Foundation

/// The one table `orgbench` prints. Every section adds rows; a row is a measured figure with, beside it,
/// the floor or peer measured in the same run, how many times faster the figure is, and the goal.
struct BenchTable {
    /// One measured figure.
    struct Row {
        var section: String
        var measure: String
        var figure: String
        var peer: String = ""
        var ratio: String = ""
        var goal: String = ""
        /// `ok`, `MISSED` or empty when there is no goal.
        var verdict: String = ""
    }

    private static let headers = ["SECTION", "MEASURE", "FIGURE", "PEER / FLOOR", "RATIO", "GOAL", ""]

    private(set) var rows: [Row] = []

    mutating func add(_ row: Row) {
        rows.append(row)
    }

    /// Whether every row with a goal met it.
    var allGoalsMet: Bool { !rows.contains { $0.verdict == Self.missed } }

    /// The verdict of a goal: `ok` or `MISSED`.
    static func verdict(_ met: Bool) -> String { met ? "ok" : missed }

    private static let missed = "MISSED"

    /// The table as aligned lines of text.
    var lines: [String] {
        let cells =
            [Self.headers]
            + rows.map {
                [$0.section, $0.measure, $0.figure, $0.peer, $0.ratio, $0.goal, $0.verdict]
            }
        let widths = Self.headers.indices.map { column in cells.map { $0[column].count }.max() ?? 0 }
        return cells.map { row in
            row.indices.map { column in
                row[column].padding(toLength: widths[column], withPad: " ", startingAt: 0)
            }
            .joined(separator: "  ")
            .replacing(#/ +$/#, with: "")
        }
    }
}
