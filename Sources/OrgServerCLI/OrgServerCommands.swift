import ArgumentParser

/// `orgtui-server`'s subcommands, in the order its help lists them; its root command (the executable's
/// `main`) lists these.
package enum OrgServerCommands {
    /// Every subcommand of `orgtui-server`.
    package static let all: [any ParsableCommand.Type] = [
        ServeCommand.self, TokenCommand.self, DatabaseInitCommand.self, StoreCommand.self,
    ]
}
