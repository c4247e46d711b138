import Foundation
import Logging
import OrgCLI
import OrgHTTP
import OrgModel
import OrgStore

/// How `orgtui` (its terminal UI and its commands alike) reaches the organization: the API when `--api` or
/// `ORGTUI_API_URL` names one, with the token from `ORGTUI_TOKEN`, the credentials file or a prompt;
/// else the local store.
enum BackendConnection {
    /// Whether `api` or the environment asks for the HTTP backend.
    static func usesAPI(_ api: String?, environment: [String: String]) -> Bool {
        api != nil || environment["ORGTUI_API_URL"].map({ !$0.isEmpty }) == true
    }

    /// The backend a command works on: the API's, or the existing store's (a warning on standard error when
    /// other accounts may read it).
    static func open(
        _ options: BackendOptions, environment: [String: String] = ProcessInfo.processInfo.environment
    ) throws -> any Backend {
        let options = try options.resolved(environment: environment)
        if usesAPI(options.api, environment: environment) {
            return try http(options.api, environment: environment, profile: options.profile).backend
        }
        return try options.location.open().backend()
    }

    /// The HTTP backend for `option` (or `ORGTUI_API_URL`) with the credential from `ORGTUI_TOKEN` or the
    /// credentials file (`profile`'s token, else that of the profile saved for the URL, returned as `profile`), else asked for
    /// without echo (before the terminal is taken; `asked` is then the token given); its requests go where
    /// that profile's map of the platform's paths puts them.
    static func http(
        _ option: String?, environment: [String: String], profile: String? = nil
    ) throws -> (backend: HTTPBackend, url: URL, profile: String?, asked: Credential?) {
        do {
            let url = try HTTPBackend.baseURL(option: option, environment: environment)
            let saved = try profile ?? ProfileChoice.forAPI(url, environment: environment)
            let resolved = try Credential.resolve(environment: environment, profile: saved)
            guard let credential = resolved ?? askForToken() else {
                let file = Credential.configFilePath(environment: environment)
                throw CLIFailure(
                    "No token: run orgtui login --api \(url.absoluteString), or set ORGTUI_TOKEN (\(file) has none).",
                    status: .notAllowed)
            }
            let configuration = HTTPConfiguration(
                logger: Logger(label: "orgtui.http"),
                operations: try ProfileChoice.operations(profile: saved, url: url, environment: environment))
            return (
                HTTPBackend(baseURL: url, credential: credential, configuration: configuration), url, saved,
                resolved == nil ? credential : nil
            )
        } catch let error as CredentialError {
            throw CLIFailure(error.description)
        }
    }

    /// Reads a token from the terminal without echoing it; nil when there is no terminal or no answer.
    static func askForToken() -> Credential? {
        guard isatty(STDIN_FILENO) == 1, let answer = getpass("API token (EMAIL:mpat_... or a JWT): ") else {
            return nil
        }
        return Credential(token: String(cString: answer))
    }
}
