import ArgumentParser
import Foundation
import Logging
import OrgHTTP
import OrgModel

/// `orgtui login`: checks a token against the API and saves it (mode 600) under a profile.
struct LoginCommand: ParsableCommand {
    static let configuration = CommandConfiguration(
        commandName: "login",
        abstract: "Sign in to the API: check a token and save it for later runs.",
        discussion: """
            The token is asked for without echo, or read from standard input when it is not a terminal \
            (printf %s "$TOKEN" | orgtui login --api URL). It is saved only once the API accepted it. \
            The platform's paths are read from its OpenAPI document (--spec, else URL/openapi.json) and \
            saved with the profile; without a document, orgtui's own paths are used.
            """)

    /// `--api` (default: the profile's, `ORGTUI_API_URL`, or the platform's) and `--profile` (default:
    /// `ORGTUI_PROFILE`, else the one saved for the URL, else one named after its host); the root command
    /// shares these options, so they are the same group. `--store` does not apply.
    @OptionGroup var backend: BackendOptions

    @Option(
        help: ArgumentHelp(
            "The platform's OpenAPI document (JSON, at most 8 MiB), a file or an https URL (default: the API's /openapi.json).",
            valueName: "file|url"))
    var spec: String?

    func run() throws {
        let environment = ProcessInfo.processInfo.environment
        let selected = try ProfileChoice.selected(backend.profile, environment: environment)
        let profiles = try ProfileChoice.all(environment: environment)
        var option = backend.api
        if option == nil, case .api(let saved) = profiles.first(where: { $0.name == selected })?.target {
            option = saved
        }
        let url: URL
        do {
            url = try HTTPBackend.baseURL(option: option, environment: environment)
        } catch {
            throw CLIFailure(error.message, status: .usage)
        }
        guard let credential = try Self.readToken() else {
            throw CLIFailure("No token given: nothing was saved.", status: .usage)
        }
        // --cacert, else the one the profile keeps (kept with it, as the API is).
        let cacert = backend.cacert ?? profiles.first(where: { $0.name == selected })?.cacert
        var configuration = HTTPConfiguration(logger: Logger(label: "orgtui.http"))
        configuration.caFile = CertificateAuthorities.file(option: cacert, environment: environment)
        let paths = try PlatformPaths.read(spec: spec, api: url, credential: credential, configuration: configuration)
        configuration.operations = paths.map
        let backend = HTTPBackend(baseURL: url, credential: credential, configuration: configuration)
        let signedIn: (me: UserDetails, organization: Organization)
        do {
            signedIn = try SignIn.check(backend)
        } catch {
            throw SignIn.failure(error, url: url)
        }
        let name = SignIn.profileName(selected: selected, url: url, profiles: profiles)
        do {
            let path = try SignIn.save(
                credential, url: url, name: name, operations: paths.map, cacert: cacert, environment: environment)
            Console.out(paths.line)
            Console.out(
                "Signed in to \(url.absoluteString) as " + SignIn.summary(signedIn.me, signedIn.organization) + ".")
            Console.out("Token saved in \(path) (mode 600) as profile \(name).")
        } catch {
            throw CLIFailure("Signed in, but the token was not saved: \(error.message)")
        }
    }

    /// The token: asked for without echo on a terminal, else the first line of standard input; one that no
    /// token is fails before it is sent.
    private static func readToken() throws -> Credential? {
        do {
            if isatty(STDIN_FILENO) == 1 { return try BackendConnection.askForToken() }
            return try Credential.read(readLine() ?? "", from: "The token")
        } catch {
            throw CLIFailure(error.message + " Nothing was saved.", status: .usage)
        }
    }
}
