import ArgumentParser

/// `--dry-run`: what every command that changes something offers, to see the requests before sending them.
struct ChangeOptions: ParsableArguments {
    @Flag(help: "Check and resolve everything, print the requests it would send, and send nothing.")
    var dryRun = false
}
