import Foundation
import OrgHTTP
import OrgModel

/// Checking a token against the API and saving it under a profile, for `orgtui login` and the terminal
/// UI's offer to save a token it asked for.
package enum SignIn {
    /// Who the token signs in as, and in which organization: one getMe, then one getOrganization.
    static func check(_ backend: any Backend) throws(BackendError) -> (me: UserDetails, organization: Organization) {
        try Blocking.wait { () throws(BackendError) in
            (try await backend.getMe(), try await backend.getOrganization())
        }
    }

    /// The failure of a sign-in to `url` that failed with `error`: one sentence for each way it goes wrong
    /// (a refused token, a URL that is not this API, a server that cannot be reached or not securely), with
    /// the exit status of its kind.
    static func failure(_ error: BackendError, url: URL) -> CLIFailure {
        let address = url.absoluteString
        let sentence =
            switch error {
            case .unauthorized:
                "The token was refused (401): it is wrong, expired or revoked."
            case .forbidden:
                "The token was accepted but may not read its own user at \(address) (403)."
            case .notFound:
                "\(address) is not the org-user-management API (it has no /users/me): check the URL, "
                    + "such as \(HTTPBackend.defaultBaseURL.absoluteString)."
            case .decoding:
                "\(address) answered, but not as the org-user-management API does: check the URL."
            case .network(let detail):
                "Cannot reach \(address): \(detail)."
            default:
                error.message
            }
        return CLIFailure(sentence + " Nothing was saved.", status: ExitStatus(error))
    }

    /// The profile a sign-in to `url` is saved as: `selected`, else the one already saved for `url`, else
    /// one named after the URL's host (`default` when the host cannot name one).
    package static func profileName(selected: String?, url: URL, profiles: [Profile]) -> String {
        if let selected { return selected }
        if let saved = profiles.first(where: { $0.target == .api(url.absoluteString) }) { return saved.name }
        let host = url.host ?? ""
        return Profile.isValid(name: host) && !profiles.contains { $0.name == host } ? host : "default"
    }

    /// Saves `credential` as the token of profile `name`, whose API becomes `url`: the credentials file
    /// (0600, written atomically), then the profiles file, then the profile's map of the platform's paths
    /// (`operations`; nil removes it: our own paths). Returns the credentials file's path. A name or
    /// token that would add a line to a file is refused before anything is written (`CredentialFile.save`).
    package static func save(
        _ credential: Credential, url: URL, name: String, operations: OperationMap? = nil, cacert: String? = nil,
        environment: [String: String]
    ) throws(CredentialError) -> String {
        let path = Credential.configFilePath(environment: environment)
        var file = try CredentialFile.load(path: path)
        file.set(credential, profile: name)
        try file.save()
        let profilesPath = ProfileFile.path(environment: environment)
        var profiles = try ProfileFile.load(path: profilesPath)
        let profile = Profile(name: name, target: .api(url.absoluteString), cacert: cacert)
        if let index = profiles.firstIndex(where: { $0.name == name }) {
            profiles[index] = profile
        } else {
            profiles.append(profile)
        }
        try ProfileFile.save(profiles, path: profilesPath)
        let mapPath = OperationMap.path(profile: name, environment: environment)
        if let operations { try operations.save(path: mapPath) } else { OperationMap.remove(path: mapPath) }
        return path
    }

    /// One line that says who `me` is in `organization`.
    static func summary(_ me: UserDetails, _ organization: Organization) -> String {
        "\(me.name) <\(me.email)>, roles \(me.roles.label), in \(organization.name) (\(organization.shortName))"
    }
}
