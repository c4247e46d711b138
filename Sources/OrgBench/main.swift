import Foundation

// `make bench`: every section measures into one table, printed at the end with the goals beside the figures.

/// Runs every section, then prints the table.
func runBench() async throws {
    let sections: [any BenchSection] = [
        StoreSection(users: 10_000), StoreSection(users: 100_000), StoreSection(users: 1_000_000),
        TerminalSection(users: 1_000_000),
        HTTPLatencySection(), HTTPLoadSection(),
    ]
    var table = BenchTable()
    for section in sections {
        FileHandle.standardError.write(Data("orgbench: \(section)\n".utf8))
        try await section.run(into: &table)
    }
    table.lines.forEach { print($0) }
    print(table.allGoalsMet ? "Every goal met." : "Some goals MISSED (see the rows marked MISSED).")
}

try await runBench()
