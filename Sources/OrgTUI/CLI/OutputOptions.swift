import ArgumentParser

/// `--output` (`-o`) and `--raw-csv`: how a command prints what it read.
struct OutputOptions: ParsableArguments {
    @Option(name: [.short, .long], help: "The output format: table, json, ndjson (one object a line) or csv.")
    var output: OutputFormat = .table

    @Flag(help: "Leave CSV cells that a spreadsheet would run as a formula (=, +, -, @, tab, CR) as they are.")
    var rawCSV = false
}
