import ArgumentParser
import Foundation
import Logging
import OrgHTTP
import OrgModel

/// `orgtui status`: each saved profile (and the environment's API), where its token comes from, and
/// whether it works now; fails when the active one does not. Never prints a token.
struct StatusCommand: ParsableCommand {
    static let configuration = CommandConfiguration(
        commandName: "status",
        abstract: "Show each profile: its backend, where its token comes from, and whether it works now.")

    /// `--profile` (default: `ORGTUI_PROFILE`), in the group the root command shares.
    @OptionGroup var backend: BackendOptions

    func run() throws {
        let environment = ProcessInfo.processInfo.environment
        let entries = try StatusEntry.all(
            selected: backend.profile, api: backend.api,
            store: backend.location.isNamed ? backend.location.store : nil,
            environmentAPIs: backend.environmentAPIs(environment: environment), environment: environment)
        var activeFailure: CLIFailure?
        for entry in entries {
            let outcome = entry.check()
            Console.out((entry.active ? "* " : "  ") + entry.name + (entry.active ? " (active)" : ""))
            Console.out("    backend: \(entry.backend)")
            Console.out("    token:   \(entry.token.source)")
            if let paths = entry.paths { Console.out("    paths:   \(paths)") }
            switch outcome {
            case .success(let who):
                Console.out("    works:   yes, signed in as \(who)")
            case .failure(let failure):
                Console.out("    works:   no: \(failure.description)")
                if entry.active { activeFailure = failure }
            }
        }
        if let activeFailure {
            throw CLIFailure("The active profile does not work.", status: activeFailure.status)
        }
    }
}
