import Foundation

/// Which token may be sent to an API: each token only to the origin (scheme, host and port) it is for, so
/// that a profile, a mistyped URL or a planted file never receives another server's token.
///
/// - `ORGTUI_TOKEN` goes to the APIs the run names itself (`environmentAPIs`): the one `--api` or
///   `ORGTUI_API_URL` names, and that of the profile `--profile` or `ORGTUI_PROFILE` chooses.
/// - A profile's saved token goes to that profile's API.
/// - The one-line token of the credentials file from before profiles goes to the platform's API
///   (`HTTPBackend.defaultBaseURL`) only: the file does not say which server it was for.
public struct CredentialScope: Sendable {
    /// Where a token comes from.
    public enum Source: Hashable, Sendable {
        /// `ORGTUI_TOKEN`.
        case environment
        /// The credentials file's token for this profile.
        case profile(String)
        /// The credentials file's one line from before profiles.
        case legacy
    }

    /// `ORGTUI_TOKEN`, when it is set.
    public var environmentToken: Credential?
    /// The APIs `ORGTUI_TOKEN` is for.
    public var environmentAPIs: [URL]
    /// The saved tokens.
    public var file: CredentialFile
    /// The saved profiles, whose APIs their tokens are for.
    public var profiles: [Profile]

    public init(environmentToken: Credential?, environmentAPIs: [URL], file: CredentialFile, profiles: [Profile]) {
        self.environmentToken = environmentToken
        self.environmentAPIs = environmentAPIs
        self.file = file
        self.profiles = profiles
    }

    /// The scope of a run: `ORGTUI_TOKEN` from `environment` for `environmentAPIs`, and the credentials and
    /// profiles files. Refuses an `ORGTUI_TOKEN` that no token is (a space or a control character inside)
    /// before it is sent anywhere, and the files as their loaders do.
    public static func load(
        environment: [String: String], environmentAPIs: [URL]
    ) throws(CredentialError) -> CredentialScope {
        CredentialScope(
            environmentToken: try Credential.read(environment["ORGTUI_TOKEN"] ?? "", from: "ORGTUI_TOKEN"),
            environmentAPIs: environmentAPIs,
            file: try CredentialFile.load(path: Credential.configFilePath(environment: environment)),
            profiles: try ProfileFile.load(path: ProfileFile.path(environment: environment)))
    }

    /// The token that may be sent to `url` for `profile`, and where it comes from: `ORGTUI_TOKEN` when
    /// `url` is on the origin of one of `environmentAPIs`, else `profile`'s saved token when `url` is on its
    /// API's origin, else the one-line token when `url` is on the platform's origin; nil when none may be.
    public func credential(for url: URL, profile: String?) -> (credential: Credential, source: Source)? {
        guard let origin = Origin(url) else { return nil }
        if let environmentToken, environmentAPIs.contains(where: { Origin($0) == origin }) {
            return (environmentToken, .environment)
        }
        if let profile, let saved = file.credential(profile: profile), api(of: profile) == origin {
            return (saved, .profile(profile))
        }
        if let legacy = file.legacy, Origin(HTTPBackend.defaultBaseURL) == origin {
            return (legacy, .legacy)
        }
        return nil
    }

    /// Why a token that is set was not offered to `url`: a sentence for each of `ORGTUI_TOKEN`, `profile`'s
    /// saved token and the one-line token that exists but is for another origin; empty when there is none.
    public func withheld(from url: URL, profile: String?) -> String {
        guard let origin = Origin(url) else { return "" }
        var sentences: [String] = []
        if environmentToken != nil, !environmentAPIs.contains(where: { Origin($0) == origin }) {
            sentences.append(
                "ORGTUI_TOKEN is sent only to the API that --api or ORGTUI_API_URL names, or to that of the profile "
                    + "--profile or ORGTUI_PROFILE chooses.")
        }
        if let profile, file.credential(profile: profile) != nil, api(of: profile) != origin {
            sentences.append("The token saved for profile \(profile) is sent only to that profile's API.")
        }
        if file.legacy != nil, Origin(HTTPBackend.defaultBaseURL) != origin {
            sentences.append(
                "The one-line token in \(file.path) (from before profiles) is sent only to "
                    + "\(HTTPBackend.defaultBaseURL.absoluteString).")
        }
        return sentences.joined(separator: " ")
    }

    /// The origin of saved profile `name`'s API; nil for a store, an unknown profile or a URL without a host.
    private func api(of name: String) -> Origin? {
        guard case .api(let url)? = profiles.first(where: { $0.name == name })?.target else { return nil }
        return Origin(url)
    }
}
