import Foundation

// `make bench`: every section measures into one table, printed at the end with the goals beside the figures.
//
// Usage: orgbench [SECTION...]
//   With no arguments every section runs; otherwise only the named ones, in the table's order. The names:
//   store, terminal, http-latency, http-serve, cli, import, postgres (for example `orgbench http-serve`).
//   postgres needs the cluster of scripts/with-postgres: `scripts/with-postgres .build/release/orgbench postgres`.

/// Runs the sections named in `names` (every section when empty), then prints the table.
func runBench(names: Set<String>) async throws {
    let sections: [(name: String, section: any BenchSection)] = [
        ("store", StoreSection(users: 10_000)), ("store", StoreSection(users: 100_000)),
        ("store", StoreSection(users: 1_000_000)),
        ("terminal", TerminalSection(users: 1_000_000)),
        ("http-latency", HTTPLatencySection()), ("http-serve", HTTPLoadSection()),
        ("cli", CLISection()), ("import", ImportSection()),
        ("postgres", PostgresSection(users: 1_000_000)),
    ]
    let unknown = names.subtracting(sections.map(\.name))
    guard unknown.isEmpty else {
        let choices = sections.map(\.name).reduce(into: [String]()) { if $0.last != $1 { $0.append($1) } }
        let message =
            "orgbench: no section named \(unknown.sorted().joined(separator: ", ")); "
            + "choose from \(choices.joined(separator: ", "))\n"
        FileHandle.standardError.write(Data(message.utf8))
        exit(2)
    }
    var table = BenchTable()
    for (name, section) in sections where names.isEmpty || names.contains(name) {
        FileHandle.standardError.write(Data("orgbench: \(section)\n".utf8))
        try await section.run(into: &table)
    }
    table.lines.forEach { print($0) }
    print(table.allGoalsMet ? "Every goal met." : "Some goals MISSED (see the rows marked MISSED).")
}

try await runBench(names: Set(CommandLine.arguments.dropFirst()))
