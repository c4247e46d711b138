import Foundation
import Testing
@testable import OrgTUI

/// Text snapshots of rendered grids under `Tests/OrgTUITests/Snapshots/`. A mismatch records an issue
/// with a line diff; `ORGTUI_RECORD=1` rewrites the files instead (only on purpose, then review the diff).
enum Snapshot {
    static let directory = URL(fileURLWithPath: #filePath).deletingLastPathComponent()
        .deletingLastPathComponent().appendingPathComponent("Snapshots")

    /// Compares `grid`'s lines with the snapshot `name`.
    static func assert(_ grid: Grid, named name: String, sourceLocation: SourceLocation = #_sourceLocation) {
        let file = directory.appendingPathComponent(name + ".txt")
        let actual = grid.lines.joined(separator: "\n") + "\n"
        if ProcessInfo.processInfo.environment["ORGTUI_RECORD"] == "1" {
            try? FileManager.default.createDirectory(at: directory, withIntermediateDirectories: true)
            try? actual.write(to: file, atomically: true, encoding: .utf8)
            return
        }
        guard let expected = try? String(contentsOf: file, encoding: .utf8) else {
            Issue.record(
                Comment(rawValue: "No snapshot \(file.path); run with ORGTUI_RECORD=1 to record it."),
                sourceLocation: sourceLocation)
            return
        }
        if expected != actual {
            Issue.record(
                Comment(rawValue: "Snapshot \(name) differs:\n" + diff(expected, actual)),
                sourceLocation: sourceLocation)
        }
    }

    /// The lines that differ, as `-expected` / `+actual` pairs with their line numbers.
    static func diff(_ expected: String, _ actual: String) -> String {
        let old = expected.split(separator: "\n", omittingEmptySubsequences: false)
        let new = actual.split(separator: "\n", omittingEmptySubsequences: false)
        return (0..<max(old.count, new.count)).compactMap { i -> String? in
            let a = i < old.count ? String(old[i]) : nil
            let b = i < new.count ? String(new[i]) : nil
            guard a != b else { return nil }
            return "line \(i + 1):\n-\(a ?? "(none)")\n+\(b ?? "(none)")"
        }.joined(separator: "\n")
    }
}
