import ArgumentParser

/// `--output` (`-o`) and `--raw-csv`: how a command prints what it read.
struct OutputOptions: ParsableArguments {
    @Option(
        name: [.short, .long],
        help: "The output format (ndjson: one JSON object a line; csv: RFC 4180 with a header row).")
    var output: OutputFormat = .table

    @Flag(help: "Leave CSV cells that a spreadsheet would run as a formula (=, +, -, @, tab, CR) as they are.")
    var rawCSV = false
}
