import ArgumentParser
import Foundation

/// `orgtui serve`, `orgtui token` and `orgtui store`: handed, with every argument, to the `orgtui-server`
/// executable beside `orgtui` (or else on PATH), so that the terminal UI carries no HTTP server; a database
/// URL goes through the server's environment, never its command line (`ArgumentHandoff`). Its `argv[0]` is
/// `orgtui`, so that its usage lines name the command the person typed.
protocol ServerProgramHandoff: ParsableCommand {
    var arguments: [String] { get }
}

extension ServerProgramHandoff {
    /// The executable that runs the server's commands.
    static var serverProgram: String { "orgtui-server" }

    func run() throws {
        let name = Self.configuration.commandName ?? ""
        guard let path = Self.locateServer() else {
            throw CLIFailure(
                """
                `orgtui \(name)` runs \(Self.serverProgram), which is neither beside orgtui nor on PATH. \
                Install it with orgtui (it is built with it: swift build --product \(Self.serverProgram)).
                """)
        }
        let handed = ArgumentHandoff.hide(arguments, environment: ProcessInfo.processInfo.environment)
        var cArguments = (["orgtui", name] + handed.arguments).map { strdup($0) } + [nil]
        var cEnvironment = handed.environment.map { strdup($0.key + "=" + $0.value) } + [nil]
        execve(path, &cArguments, &cEnvironment)
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
