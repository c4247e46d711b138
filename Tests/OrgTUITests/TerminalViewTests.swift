import ChildProcesses
import Foundation
import OrgModel
import Testing
@testable import OrgTUI

/// Issue 9's rendering property: random rows of hostile names, rendered into the users table the way the
/// program does (`reduce`, then `render`), are drawn by a terminal emulator (pyte, which `make pyte`
/// installs under .build/) exactly where the Grid says: each cell's bytes advance the cursor by the cell's
/// width, every row ends at the table's edge, and each row's email and id start under their headers.
@Suite("Terminal view")
struct TerminalViewTests {
    static let root = URL(fileURLWithPath: #filePath).deletingLastPathComponent()
        .deletingLastPathComponent().deletingLastPathComponent()
    static let python = root.appendingPathComponent(".build/pyte-venv/bin/python").path
    static let script = root.appendingPathComponent("Tests/TerminalView/pyte_cells.py").path

    /// What pyte did with one row: the cursor column after each cell, and the text in each of its columns.
    struct Drawn: Decodable {
        var after: [Int]
        var cells: [String]
    }

    @Test("Hostile names land in pyte where the Grid put them, and the columns line up")
    func hostileRows() async throws {
        guard FileManager.default.isExecutableFile(atPath: Self.python) else {
            Issue.record("pyte is not installed (no \(Self.python)): run `make pyte` first.")
            return
        }
        var names = HostileText(seed: HostileText.seedFromEnvironment(), forPyte: true)
        let me = UserDetails(user: User(id: "auth0|me", name: "Ada Admin", email: "ada@acme.test"), roles: [.admin])
        for _ in 0..<4 {
            let members =
                [me]
                + (1...40).map { n in
                    UserDetails(
                        user: User(id: "hostile|\(n)", name: names.next(), email: "h\(n)@acme.test"),
                        roles: n % 2 == 0 ? [.developer] : [.analyst, .admin])
                }
            for (width, height) in [(80, 24), (100, 30), (133, 45)] {
                let grid = ScreenDriver(width: width, height: height, members: members).render().grid
                if let problem = try await Self.problem(grid) {
                    Issue.record(
                        "seed \(names.seed) (ORGTUI_TEST_SEED=\(names.seed) replays it), \(width)x\(height): \(problem)"
                    )
                    return
                }
            }
        }
    }

    /// Where pyte and the Grid disagree, or nil.
    static func problem(_ grid: Grid) async throws -> String? {
        let rows = (0..<grid.height).map { y in grid.row(y).filter { $0.width > 0 } }
        let drawn = try await draw(rows.map { $0.map(\.text) }, width: grid.width)
        let lines = grid.lines
        guard let header = lines.firstIndex(where: { $0.contains("Email") && $0.contains("ID") }),
            let emailX = lines[header].range(of: "Email").map({
                lines[header].distance(from: lines[header].startIndex, to: $0.lowerBound)
            }),
            let idX = lines[header].range(of: "ID").map({
                lines[header].distance(from: lines[header].startIndex, to: $0.lowerBound)
            })
        else { return "no table header in\n" + lines.joined(separator: "\n") }
        var userRows = 0
        for (y, row) in rows.enumerated() {
            var expected: [Int] = []
            var x = 0
            for cell in row {
                x += cell.width
                expected.append(x)
            }
            if drawn[y].after != expected {
                let cut =
                    expected.indices.first { drawn[y].after.count <= $0 || drawn[y].after[$0] != expected[$0] } ?? 0
                return
                    "row \(y): pyte put cell \(cut) (\(row[cut].text.unicodeScalars.map(\.value))) at \(drawn[y].after.count > cut ? drawn[y].after[cut] : -1), the Grid at \(expected[cut]): \(lines[y])"
            }
            if drawn[y].cells[grid.width...].contains(where: { $0 != " " }) { return "row \(y) drew past the edge" }
            let email = drawn[y].cells[emailX..<(emailX + 2)].joined()
            guard y > header, email.first == "h", email.last?.isNumber == true else { continue }
            userRows += 1
            let id = drawn[y].cells[idX..<(idX + 8)].joined()
            if id != "hostile|" { return "row \(y): the id column starts with \(id), not hostile|: \(lines[y])" }
        }
        return userRows > 0 ? nil : "no user rows in\n" + lines.joined(separator: "\n")
    }

    /// pyte's view of `rows` (each the texts of its cells), drawn on a screen wider than `width`.
    static func draw(_ rows: [[String]], width: Int) async throws -> [Drawn] {
        let input = FileManager.default.temporaryDirectory.appendingPathComponent("pyte-\(UUID().uuidString).json")
        defer { try? FileManager.default.removeItem(at: input) }
        let request: [String: Any] = ["width": width, "rows": rows]
        try JSONSerialization.data(withJSONObject: request).write(to: input)
        let output = try await ChildProcess.output([python, script, input.path])
        return try JSONDecoder().decode([Drawn].self, from: Data(output.utf8))
    }
}
