import Foundation
import OrgCLI
import OrgHTTP
import OrgModel

/// The saved profiles for the terminal UI: the list it shows, and opening one's backend to switch to it,
/// the way start-up opens one (`TUI.connectAPI`, `TUI.openStore`). Only asking for a token needs the
/// terminal (`ask`); the rest runs on any thread.
struct ProfileSwitcher: Sendable {
    /// The environment read at start-up (`XDG_CONFIG_HOME`, `ORGTUI_TOKEN`, ...).
    let environment: [String: String]
    /// The APIs `ORGTUI_TOKEN` may be sent to, named at start-up (`BackendOptions.environmentAPIs`).
    let environmentAPIs: [URL]

    /// A backend opened for a profile, what the header says about it, the platform's paths it uses (nil:
    /// our own, every operation), and the saved profile it is (nil: none, such as a bare `--api`).
    struct Connection: Sendable {
        var backend: any Backend
        var label: String
        var operations: OperationMap? = nil
        var profile: String? = nil
    }

    /// A profile's backend as far as it opens without the terminal.
    enum Opening: Sendable {
        case opened(Connection)
        case failed(CLIFailure)
        /// An API for which `CredentialScope` allows no token: the terminal must ask for one (`ask`).
        case needsToken(url: String)
    }

    /// The saved profiles as the list shows them: name, API URL or store path, whether a token is saved.
    /// Empty when the profiles file is missing or broken (`orgtui status` says why).
    func entries() -> [ProfileEntry] {
        guard let profiles = try? ProfileChoice.all(environment: environment) else { return [] }
        let credentials = try? CredentialFile.load(path: Credential.configFilePath(environment: environment))
        return profiles.map { profile in
            switch profile.target {
            case .api(let url):
                ProfileEntry(
                    name: profile.name, location: "API " + url,
                    hasToken: credentials?.credential(profile: profile.name) != nil)
            case .store(let path):
                ProfileEntry(name: profile.name, location: "store " + path, hasToken: nil)
            }
        }
    }

    /// Opens profile `name`'s backend without the terminal: a store (which must exist already), or an API
    /// with the token `CredentialScope` allows for it (`ORGTUI_TOKEN`, when start-up named this API, or the
    /// profile's own); an API without one needs `ask`.
    func open(_ name: String) -> Opening {
        do {
            switch try ProfileChoice.named(name, environment: environment).target {
            case .api(let url):
                let scope = try? CredentialScope.load(environment: environment, environmentAPIs: environmentAPIs)
                guard URL(string: url).flatMap({ scope?.credential(for: $0, profile: name) }) != nil else {
                    return .needsToken(url: url)
                }
                return .opened(
                    try TUI.connectAPI(url, profile: name, environmentAPIs: environmentAPIs, environment: environment))
            case .store(let path):
                guard FileManager.default.fileExists(atPath: path) else {
                    throw CLIFailure("There is no store at \(path).")
                }
                return .opened(Connection(backend: try TUI.openStore(path).backend(), label: "store " + path))
            }
        } catch {
            return .failed(Self.failure(error))
        }
    }

    /// Opens profile `name`'s API at `url`, asking for its token on the plain terminal (curses suspended
    /// meanwhile) and then offering to save it, as at start-up.
    @MainActor
    func ask(_ name: String, url: String, curses: Curses) -> Result<Connection, CLIFailure> {
        do {
            return .success(
                try curses.suspended {
                    try TUI.connectAPI(url, profile: name, environmentAPIs: environmentAPIs, environment: environment)
                })
        } catch {
            return .failure(Self.failure(error))
        }
    }

    private static func failure(_ error: any Error) -> CLIFailure {
        error as? CLIFailure ?? CLIFailure(String(describing: error))
    }
}
