import ArgumentParser
import Foundation
import OrgHTTP

/// `orgtui logout`: removes a profile's saved token (the profile stays, without a token).
struct LogoutCommand: ParsableCommand {
    static let configuration = CommandConfiguration(
        commandName: "logout", abstract: "Remove a profile's saved token.")

    /// `--profile` (default: `ORGTUI_PROFILE`), in the group the root command shares.
    @OptionGroup var backend: BackendOptions

    func run() throws {
        let environment = ProcessInfo.processInfo.environment
        let name =
            try ProfileChoice.selected(backend.profile, environment: environment)
            ?? ProfileChoice.all(environment: environment).first?.name
        do {
            var file = try CredentialFile.load(path: Credential.configFilePath(environment: environment))
            let removed = name.map { file.remove(profile: $0) } ?? false
            let removedLegacy = !removed && backend.profile == nil && file.removeLegacy()
            guard removed || removedLegacy else {
                Console.out("No token was saved\(name.map { " for profile \($0)" } ?? ""): nothing to remove.")
                return
            }
            try file.save()
            Console.out(
                "Removed the saved token\(removed ? " of profile \(name ?? "")" : "") from \(file.path).")
        } catch {
            throw CLIFailure(error.message)
        }
        if environment["ORGTUI_TOKEN"].map({ !$0.isEmpty }) == true {
            Console.out("ORGTUI_TOKEN is still set in this environment and signs in until you unset it.")
        }
    }
}
