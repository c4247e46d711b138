import Foundation
import OrgHTTP

/// Which saved profile a run uses: `--profile NAME`, else `ORGTUI_PROFILE`; and the profiles file read
/// for it, its problems as the command's failure.
package enum ProfileChoice {
    /// The profile asked for by `option` or `ORGTUI_PROFILE`, nil when neither names one; a name that cannot
    /// name a profile is refused before anything is read or written under it.
    static func selected(_ option: String?, environment: [String: String]) throws -> String? {
        guard let name = option ?? environment["ORGTUI_PROFILE"].flatMap({ $0.isEmpty ? nil : $0 }) else { return nil }
        guard Profile.isValid(name: name) else { throw CLIFailure(Profile.nameRule, status: .usage) }
        return name
    }

    /// The saved profiles, in their file's order (the first is the default).
    package static func all(environment: [String: String]) throws -> [Profile] {
        do {
            return try ProfileFile.load(path: ProfileFile.path(environment: environment))
        } catch {
            throw CLIFailure(error.message)
        }
    }

    /// The saved profile called `name`; a failure that says how to list them when there is none.
    package static func named(_ name: String, environment: [String: String]) throws -> Profile {
        guard let profile = try all(environment: environment).first(where: { $0.name == name }) else {
            throw CLIFailure(
                "There is no profile \(name): run orgtui status to list them, or orgtui login --profile \(name).",
                status: .usage)
        }
        return profile
    }

    /// The map of the platform's paths saved for `profile` by `orgtui login`, when the profile's API is `url`;
    /// nil (our own paths) otherwise.
    static func operations(profile: String?, url: URL, environment: [String: String]) throws -> OperationMap? {
        guard let profile,
            try all(environment: environment).contains(where: {
                $0.name == profile && $0.target == .api(url.absoluteString)
            })
        else { return nil }
        do {
            return try OperationMap.load(path: OperationMap.path(profile: profile, environment: environment))
        } catch {
            throw CLIFailure(error.message)
        }
    }

    /// The profile whose API is `url`, whose token the credentials file keeps for it.
    static func forAPI(_ url: URL, environment: [String: String]) throws -> String? {
        try all(environment: environment).first { $0.target == .api(url.absoluteString) }?.name
    }
}
