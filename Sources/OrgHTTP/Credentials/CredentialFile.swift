import Foundation

/// The credentials file (`$XDG_CONFIG_HOME/orgtui/credentials`, mode 0600): one `profile NAME token TOKEN`
/// line per signed-in profile. A line that is not a `profile` line is the one-line file of orgtui before
/// profiles: its first such line is the `legacy` token, still used when no profile's token applies.
public struct CredentialFile: Hashable, Sendable {
    /// A profile's saved token.
    public struct Entry: Hashable, Sendable {
        /// The profile's name.
        public var profile: String
        /// The token as it is sent (`EMAIL:mpat_...` or a JWT).
        var token: String
    }

    /// Where the file is.
    public let path: String
    /// The profiles' tokens, in the file's order.
    public private(set) var entries: [Entry] = []
    /// The token of a one-line file from before profiles, if any.
    public private(set) var legacy: Credential?

    /// The file at `path`: empty when there is none. A file its group or others may access, or that
    /// another account could change, is refused as ssh refuses a key, with the command to run (`ConfigFile`).
    public static func load(path: String) throws(CredentialError) -> CredentialFile {
        var file = CredentialFile(path: path)
        guard let text = try ConfigFile.text(path, holdsSecret: true) else { return file }
        for line in text.split(whereSeparator: \.isNewline) {
            let words = line.split(whereSeparator: { $0 == " " || $0 == "\t" }).map(String.init)
            guard let first = words.first, !first.hasPrefix("#") else { continue }
            if words.count == 4, first == "profile", words[2] == "token" {
                if file.entry(words[1]) == nil { file.entries.append(Entry(profile: words[1], token: words[3])) }
            } else if file.legacy == nil {
                file.legacy = Credential(token: words.joined(separator: " "))
            }
        }
        return file
    }

    /// The credential saved for `profile`, nil when it has none.
    public func credential(profile: String) -> Credential? {
        entry(profile).flatMap { Credential(token: $0.token) }
    }

    /// Saves `credential` as `profile`'s token, replacing the one it had.
    public mutating func set(_ credential: Credential, profile: String) {
        let entry = Entry(profile: profile, token: credential.token)
        if let index = entries.firstIndex(where: { $0.profile == profile }) {
            entries[index] = entry
        } else {
            entries.append(entry)
        }
    }

    /// Removes `profile`'s token; whether it had one.
    public mutating func remove(profile: String) -> Bool {
        let count = entries.count
        entries.removeAll { $0.profile == profile }
        return entries.count < count
    }

    /// Removes the one-line token from before profiles; whether there was one.
    public mutating func removeLegacy() -> Bool {
        defer { legacy = nil }
        return legacy != nil
    }

    /// Writes the file atomically: a temporary file created 0600 in the same directory, then renamed over
    /// the old one, so that the token is never readable by others, not even for a moment. Refuses, writing
    /// nothing, a profile's name or a token that would add a line to the file.
    public func save() throws(CredentialError) {
        guard entries.allSatisfy({ Profile.isValid(name: $0.profile) }) else {
            throw CredentialError(Profile.nameRule + " Nothing was saved.")
        }
        guard (entries.map(\.token) + [legacy?.token].compactMap { $0 }).allSatisfy(Credential.isToken) else {
            throw CredentialError("A token holds a space or a control character, so it cannot be saved: nothing was.")
        }
        var lines = ["# orgtui credentials: profile NAME token TOKEN (keep this file mode 600)"]
        if let legacy { lines.append(legacy.token) }
        lines += entries.map { "profile \($0.profile) token \($0.token)" }
        try PrivateFile.write(lines.joined(separator: "\n") + "\n", to: path)
    }

    private func entry(_ profile: String) -> Entry? {
        entries.first { $0.profile == profile }
    }
}
