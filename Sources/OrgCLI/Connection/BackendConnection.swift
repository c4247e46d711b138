import Foundation
import Logging
import OrgHTTP
import OrgModel
import OrgStore

/// How `orgtui` (its terminal UI and its commands alike) reaches the organization: the API when `--api` or
/// `ORGTUI_API_URL` names one, with the token `CredentialScope` allows for its origin (from `ORGTUI_TOKEN` or
/// the credentials file) or a prompt; else the local store.
package enum BackendConnection {
    /// Whether `api` or the environment asks for the HTTP backend.
    package static func usesAPI(_ api: String?, environment: [String: String]) -> Bool {
        api != nil || environment["ORGTUI_API_URL"].map({ !$0.isEmpty }) == true
    }

    /// The backend a command works on: the API's, or the existing store's (a warning on standard error when
    /// other accounts may read it).
    static func open(
        _ options: BackendOptions, environment: [String: String] = ProcessInfo.processInfo.environment
    ) throws -> any Backend {
        let environmentAPIs = try options.environmentAPIs(environment: environment)
        let options = try options.resolved(environment: environment)
        if usesAPI(options.api, environment: environment) {
            return try http(
                options.api, environment: environment, profile: options.profile, environmentAPIs: environmentAPIs,
                cacert: options.cacert
            ).backend
        }
        return try options.location.open().backend()
    }

    /// The HTTP backend for `option` (or `ORGTUI_API_URL`) with the token `CredentialScope` allows for its
    /// origin: `ORGTUI_TOKEN` when the URL is on one of `environmentAPIs`, else `profile`'s (or, without one,
    /// that of the profile saved for the URL, returned as `profile`) when the URL is on its API; else asked
    /// for without echo (before the terminal is taken; `asked` is then the token given). Its requests go
    /// where that profile's map of the platform's paths puts them, trusting the authorities of `cacert`, else
    /// of the profile's `cacert`, else of `CURL_CA_BUNDLE` or `SSL_CERT_FILE`, else the system's.
    package static func http(
        _ option: String?, environment: [String: String], profile: String? = nil, environmentAPIs: [URL],
        cacert: String? = nil
    ) throws -> (backend: HTTPBackend, url: URL, profile: String?, asked: Credential?) {
        do {
            let url = try HTTPBackend.baseURL(option: option, environment: environment)
            let saved = try profile ?? ProfileChoice.forAPI(url, environment: environment)
            let scope = try CredentialScope.load(environment: environment, environmentAPIs: environmentAPIs)
            let allowed = scope.credential(for: url, profile: saved)?.credential
            let withheld = scope.withheld(from: url, profile: saved)
            if allowed == nil, !withheld.isEmpty, isatty(STDIN_FILENO) == 1 { Console.error(withheld) }
            guard let credential = try allowed ?? askForToken() else {
                let login = "orgtui login --api \(url.absoluteString)" + (saved.map { " --profile \($0)" } ?? "")
                let instead =
                    scope.environmentToken == nil
                    ? " Or set ORGTUI_TOKEN and choose this API with --api or --profile." : ""
                throw CLIFailure(
                    "No token for \(url.absoluteString): run \(login)." + instead
                        + (withheld.isEmpty ? "" : " " + withheld),
                    status: .notAllowed)
            }
            let savedCACert = try saved.flatMap { try ProfileChoice.named($0, environment: environment).cacert }
            let configuration = HTTPConfiguration(
                logger: Logger(label: "orgtui.http"),
                operations: try ProfileChoice.operations(profile: saved, url: url, environment: environment),
                caFile: CertificateAuthorities.file(option: cacert ?? savedCACert, environment: environment))
            return (
                HTTPBackend(baseURL: url, credential: credential, configuration: configuration), url, saved,
                allowed == nil ? credential : nil
            )
        } catch let error as CredentialError {
            throw CLIFailure(error.description)
        }
    }

    /// Reads a token from the terminal without echoing it; nil when there is no terminal or no answer, and
    /// refused when what was typed is no token.
    static func askForToken() throws(CredentialError) -> Credential? {
        guard isatty(STDIN_FILENO) == 1, let answer = getpass("API token (EMAIL:mpat_... or a JWT): ") else {
            return nil
        }
        return try Credential.read(String(cString: answer), from: "The token")
    }
}
