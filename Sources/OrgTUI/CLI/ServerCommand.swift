import ArgumentParser
import Foundation
import OrgCLI

/// `orgtui serve` and `orgtui token`: handed, with every argument, to the `orgtui-server` executable
/// beside `orgtui` (or else on PATH), so that the terminal UI carries no HTTP server.
protocol ServerCommand: ParsableCommand {
    var arguments: [String] { get }
}

extension ServerCommand {
    /// The executable that runs the server's commands.
    static var serverProgram: String { "orgtui-server" }

    func run() throws {
        let name = Self.configuration.commandName ?? ""
        guard let path = Self.locateServer() else {
            throw CLIFailure("""
                `orgtui \(name)` runs \(Self.serverProgram), which is neither beside orgtui nor on PATH. \
                Install it with orgtui (it is built with it: swift build --product \(Self.serverProgram)).
                """)
        }
        let argv = [path, name] + arguments
        var cArguments = argv.map { strdup($0) } + [nil]
        execv(path, &cArguments)
        throw CLIFailure("Cannot run \(path): \(String(cString: strerror(errno))).")
    }

    /// `orgtui-server` in the directory of the running executable, else the first on PATH.
    private static func locateServer() -> String? {
        let own = (try? FileManager.default.destinationOfSymbolicLink(atPath: "/proc/self/exe")).map {
            ($0 as NSString).deletingLastPathComponent
        }
        let path = ProcessInfo.processInfo.environment["PATH"]?.split(separator: ":").map(String.init) ?? []
        return ([own].compactMap { $0 } + path)
            .map { $0 + "/" + serverProgram }
            .first { FileManager.default.isExecutableFile(atPath: $0) }
    }
}

/// `orgtui serve`, run by `orgtui-server serve`.
struct ServeCommand: ServerCommand {
    static let configuration = CommandConfiguration(
        commandName: "serve",
        abstract: "Serve a local store over the org-user-management API (HTTP), for `orgtui --api`.",
        discussion: "Runs `orgtui-server serve`; `orgtui serve --help` lists its options.",
        helpNames: []
    )

    @Argument(parsing: .captureForPassthrough, help: "--store PATH --host HOST --port PORT --quiet")
    var arguments: [String] = []
}

/// `orgtui token`, run by `orgtui-server token`.
struct TokenCommand: ServerCommand {
    static let configuration = CommandConfiguration(
        commandName: "token",
        abstract: "Create, list and revoke the personal access tokens that `orgtui serve` accepts.",
        discussion: "Runs `orgtui-server token`; `orgtui token --help` lists its subcommands.",
        helpNames: []
    )

    @Argument(parsing: .captureForPassthrough, help: "create | list | revoke, and their options")
    var arguments: [String] = []
}
