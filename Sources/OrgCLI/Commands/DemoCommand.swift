import ArgumentParser
import Foundation
import OrgModel
import OrgStore

/// `orgtui demo`: creates a store filled with realistic generated users.
struct DemoCommand: ParsableCommand {
    static let configuration = CommandConfiguration(
        commandName: "demo",
        abstract: "Create a demo store full of realistic users, with you as Dana Demo, an admin.",
        discussion: "The same seed always gives the same users."
    )

    /// The most users a demo store holds.
    static let maxUsers = 10_000_000

    @OptionGroup var location: StoreLocation

    @Option(help: "How many users to generate, besides you.")
    var users: Int = 500

    @Option(help: "The generator's seed.")
    var seed: UInt64 = 1

    func validate() throws {
        guard (0...Self.maxUsers).contains(users) else {
            throw ValidationError("--users must be between 0 and \(Self.maxUsers) (got \(users)).")
        }
    }

    func run() throws {
        let clock = ContinuousClock()
        let start = clock.now
        let store = try CLIFailure.reporting { () throws(BackendError) in
            try DemoPopulation.createStore(at: location.store, users: users, seed: seed) { imported in
                guard imported < users else { return }
                Console.out("  \(imported) of \(users) users imported (\(Self.seconds(clock.now - start)))")
            }
        }
        Console.out("Created \(store.path): \(users) users and you, in \(Self.seconds(clock.now - start)).")
        try CLIFailure.reporting(store.summary).lines.forEach(Console.out)
        Console.out("Open it with: orgtui --store \(store.path)")
    }

    private static func seconds(_ duration: Duration) -> String {
        duration.formatted(.units(allowed: [.seconds], width: .narrow, fractionalPart: .show(length: 1)))
    }
}
