import ArgumentParser

/// `orgtui`'s subcommands, in the order its help lists them. The root command, which starts the terminal UI
/// when no subcommand is given, lives in the `orgtui` executable and lists these.
package enum OrgTUICommands {
    /// Every subcommand of `orgtui`.
    package static let all: [any ParsableCommand.Type] = [
        OrgCommand.self, MeCommand.self, UsersCommand.self,
        InitCommand.self, DemoCommand.self, InvitationsCommand.self, OutboxCommand.self,
        AuditCommand.self,
        LoginCommand.self, LogoutCommand.self, StatusCommand.self,
        ServeHandoff.self,
        TokenHandoff.self,
        StoreHandoff.self,
    ]
}
