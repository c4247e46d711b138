import ArgumentParser

/// What `--output` asks a command to print: an aligned table for people, or JSON, ndjson or CSV for programs.
enum OutputFormat: String, CaseIterable, ExpressibleByArgument {
    case table, json, ndjson, csv
}
