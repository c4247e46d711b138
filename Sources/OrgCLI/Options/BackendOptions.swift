import ArgumentParser
import Foundation
import OrgHTTP

/// `--store PATH`, `--api URL` and `--profile NAME`: where the terminal UI and every command find the
/// organization.
package struct BackendOptions: ParsableArguments {
    @OptionGroup package var location: StoreLocation

    @Option(help: ArgumentHelp("The org-user-management API's base URL, instead of a local store.", valueName: "url"))
    package var api: String?

    @Option(
        help: ArgumentHelp(
            "A profile saved by orgtui login (default: ORGTUI_PROFILE); --api overrides its URL.", valueName: "name"))
    package var profile: String?

    @Option(
        help: ArgumentHelp(
            "A PEM file of certificate authorities to trust for the API instead of the system's (default: the "
                + "profile's cacert, else CURL_CA_BUNDLE or SSL_CERT_FILE).", valueName: "file"),
        completion: .file())
    package var cacert: String?

    package init() {}

    /// These options with the selected profile's API or store filled in (unless `--api` names one). With
    /// no `--profile`, `ORGTUI_PROFILE`, `--api`, `ORGTUI_API_URL` or `--store`, the default (first) profile
    /// is used, when there is one.
    package func resolved(environment: [String: String] = ProcessInfo.processInfo.environment) throws -> BackendOptions
    {
        let name = try ProfileChoice.selected(profile, environment: environment) ?? defaultProfile(environment)
        guard let name else { return self }
        var options = self
        options.profile = name
        guard api == nil else { return options }
        switch try ProfileChoice.named(name, environment: environment).target {
        case .api(let url): options.api = url
        case .store(let path): options.location.store = path
        }
        return options
    }

    /// The APIs these options name themselves, to which `ORGTUI_TOKEN` may go (`CredentialScope`): that of
    /// `--api` or `ORGTUI_API_URL`, and that of the profile `--profile` or `ORGTUI_PROFILE` chooses; never the
    /// default profile's, which nothing named. Read from the options as given, before `resolved`.
    package func environmentAPIs(environment: [String: String] = ProcessInfo.processInfo.environment) throws -> [URL] {
        var urls: [URL] = []
        if BackendConnection.usesAPI(api, environment: environment),
            let url = try? HTTPBackend.baseURL(option: api, environment: environment)
        {
            urls.append(url)
        }
        if let name = try ProfileChoice.selected(profile, environment: environment),
            case .api(let text) = try ProfileChoice.named(name, environment: environment).target,
            let url = URL(string: text)
        {
            urls.append(url)
        }
        return urls
    }

    /// The first saved profile, when nothing on the command line or in the environment names a backend.
    private func defaultProfile(_ environment: [String: String]) throws -> String? {
        guard !BackendConnection.usesAPI(api, environment: environment), !location.isNamed
        else { return nil }
        return try ProfileChoice.all(environment: environment).first?.name
    }
}
