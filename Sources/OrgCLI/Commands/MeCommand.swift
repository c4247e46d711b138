import ArgumentParser
import OrgModel

/// `orgtui me`: the signed-in user, with their roles.
struct MeCommand: ParsableCommand {
    static let configuration = CommandConfiguration(
        commandName: "me", abstract: "Show the signed-in user with their roles, or update your profile.",
        subcommands: [Update.self])

    @OptionGroup var backend: BackendOptions
    @OptionGroup var output: OutputOptions

    func run() throws {
        let me = try Blocking.read(try BackendConnection.open(backend)) { source throws(BackendError) in
            try await source.getMe()
        }
        try RowWriter<UserDetails>(output, single: true).writeAll([me])
    }
}
