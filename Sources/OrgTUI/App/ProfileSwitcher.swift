import Foundation
import OrgCLI
import OrgHTTP
import OrgModel

/// The saved profiles for the terminal UI: the list it shows, and opening one's backend to switch to it,
/// the way start-up opens one (`TUI.connectAPI`, `TUI.openStore`).
@MainActor
struct ProfileSwitcher {
    /// The environment read at start-up (`XDG_CONFIG_HOME`, `ORGTUI_TOKEN`, ...).
    let environment: [String: String]
    /// The APIs `ORGTUI_TOKEN` may be sent to, named at start-up (`BackendOptions.environmentAPIs`).
    let environmentAPIs: [URL]

    /// A backend opened for a profile, what the header says about it, the platform's paths it uses (nil:
    /// our own, every operation), and the saved profile it is (nil: none, such as a bare `--api`).
    struct Connection {
        var backend: any Backend
        var label: String
        var operations: OperationMap? = nil
        var profile: String? = nil
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

    /// Opens profile `name`'s backend. An API for which `CredentialScope` allows no token (neither
    /// `ORGTUI_TOKEN`, when start-up named this API, nor the profile's own) is asked for on the plain terminal
    /// (curses suspended meanwhile) and then offered to be saved, as at start-up. A store must exist already.
    func connect(_ name: String, curses: Curses) -> Result<Connection, CLIFailure> {
        do {
            switch try ProfileChoice.named(name, environment: environment).target {
            case .api(let url):
                let open = {
                    try TUI.connectAPI(url, profile: name, environmentAPIs: environmentAPIs, environment: environment)
                }
                let scope = try? CredentialScope.load(environment: environment, environmentAPIs: environmentAPIs)
                let hasToken = URL(string: url).flatMap { scope?.credential(for: $0, profile: name) } != nil
                return .success(try hasToken ? open() : curses.suspended(open))
            case .store(let path):
                guard FileManager.default.fileExists(atPath: path) else {
                    throw CLIFailure("There is no store at \(path).")
                }
                return .success(Connection(backend: try TUI.openStore(path).backend(), label: "store " + path))
            }
        } catch let failure as CLIFailure {
            return .failure(failure)
        } catch {
            return .failure(CLIFailure(String(describing: error)))
        }
    }
}
