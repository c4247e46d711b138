import Foundation
import OrgFiles

/// The profiles file (`$XDG_CONFIG_HOME/orgtui/profiles`): one `profile NAME api URL [cacert FILE]` or
/// `profile NAME store PATH` line per profile; the first one is the default. It holds no secret.
public enum ProfileFile {
    /// `$XDG_CONFIG_HOME/orgtui/profiles`, where `XDG_CONFIG_HOME` defaults to `~/.config`.
    public static func path(environment: [String: String] = ProcessInfo.processInfo.environment) -> String {
        XDGDirectory.config.path("profiles", environment: environment)
    }

    /// The profiles in the file at `path`, in its order (none when there is no file); a line that is not a
    /// profile is refused with its number. The file decides where tokens go, so one that another account
    /// could change is refused with the command to run (`ConfigFile`).
    public static func load(path: String) throws(CredentialError) -> [Profile] {
        guard let text = try ConfigFile.text(path, holdsSecret: false) else { return [] }
        var profiles: [Profile] = []
        for (number, line) in text.split(separator: "\n", omittingEmptySubsequences: false).enumerated() {
            let words = line.split(whereSeparator: { $0 == " " || $0 == "\t" || $0 == "\r" })
            guard let first = words.first, !first.hasPrefix("#") else { continue }
            guard words.count >= 4, first == "profile", Profile.isValid(name: String(words[1])),
                words[2] == "api" || words[2] == "store"
            else {
                throw CredentialError(
                    "\(path) line \(number + 1): use profile NAME api URL or profile NAME store PATH.")
            }
            let name = String(words[1])
            guard !profiles.contains(where: { $0.name == name }) else { continue }
            if words[2] == "api", words.count >= 6, words[4] == "cacert" {
                let cacert = words[5...].joined(separator: " ")
                profiles.append(Profile(name: name, target: .api(String(words[3])), cacert: cacert))
                continue
            }
            let value = words[3...].joined(separator: " ")
            profiles.append(Profile(name: name, target: words[2] == "api" ? .api(value) : .store(value)))
        }
        return profiles
    }

    /// Writes `profiles` to `path` (atomically, mode 0600 like the credentials beside it). Refuses, writing
    /// nothing, a name or a URL or path that would add a line to the file.
    public static func save(_ profiles: [Profile], path: String) throws(CredentialError) {
        var lines = [
            "# orgtui profiles: profile NAME api URL [cacert FILE], or profile NAME store PATH; the first is the default"
        ]
        for profile in profiles {
            guard Profile.isValid(name: profile.name) else {
                throw CredentialError(Profile.nameRule + " Nothing was saved.")
            }
            let (kind, value) =
                switch profile.target {
                case .api(let url): ("api", url)
                case .store(let path): ("store", path)
                }
            guard
                !(value + (profile.cacert ?? "")).unicodeScalars.contains(where: {
                    [.control, .lineSeparator, .paragraphSeparator].contains($0.properties.generalCategory)
                })
            else {
                throw CredentialError(
                    "The API URL or store path of profile \(profile.name) holds a control character or a line break: nothing was saved."
                )
            }
            let cacert = profile.cacert.map { " cacert " + $0 } ?? ""
            lines.append("profile \(profile.name) \(kind) \(value)\(kind == "api" ? cacert : "")")
        }
        try PrivateFile.write(lines.joined(separator: "\n") + "\n", to: path)
    }
}
