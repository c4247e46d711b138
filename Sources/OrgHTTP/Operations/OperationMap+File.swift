import Foundation
import OrgFiles

extension OperationMap {
    /// `$XDG_CONFIG_HOME/orgtui/paths.PROFILE`: the map saved for the profile, beside the profiles file.
    public static func path(profile: String, environment: [String: String] = ProcessInfo.processInfo.environment)
        -> String
    {
        XDGDirectory.config.path("paths.\(profile)", environment: environment)
    }

    /// The map saved at `path`; nil when there is none (our own paths are used). It decides where requests
    /// and their token go, so one that another account could change is refused (`ConfigFile`).
    public static func load(path: String) throws(CredentialError) -> OperationMap? {
        guard let text = try ConfigFile.text(path, holdsSecret: false) else { return nil }
        guard let map = OperationMap(text: text) else {
            throw CredentialError("\(path) is not a map of API paths: run orgtui login again to rewrite it.")
        }
        return map
    }

    /// Saves the map at `path` (atomically, mode 0600 like the profiles beside it).
    public func save(path: String) throws(CredentialError) {
        try PrivateFile.write(text, to: path)
    }

    /// Removes the map saved at `path`, if any: the profile's requests use our own paths again.
    public static func remove(path: String) {
        try? FileManager.default.removeItem(atPath: path)
    }

    /// One line per operation: `map ID METHOD PATH [ours=theirs ...]` or `unmapped ID REASON`. Each field is
    /// checked as it is written (`PlatformOperation.refusal(for:)`, `MapField.line`), whatever was put in
    /// `mapped` and `unmapped` since the map was made, so that none can start a line of its own.
    var text: String {
        let lines = APIOperation.all.compactMap { operation -> String? in
            if let target = mapped[operation.id] {
                if let reason = target.refusal(for: operation) {
                    return "unmapped \(operation.id) \(MapField.line(reason))"
                }
                let renamed = target.query.keys.sorted().map { "\($0)=\(target.query[$0]!)" }
                return (["map", operation.id, target.method, target.path] + renamed).joined(separator: " ")
            }
            return unmapped[operation.id].map { "unmapped \(operation.id) \(MapField.line($0))" }
        }
        return
            (["# orgtui: where the platform serves each operation, read from its OpenAPI document by orgtui login"]
            + lines).joined(separator: "\n") + "\n"
    }

    /// The map `text` holds, checked as a document's is (`init(mapped:unmapped:)`); nil when a line is neither
    /// of `text`'s forms, when an operation has two lines, or when any field holds what orgtui never writes
    /// there (a control character anywhere; whitespace, `?` or `#` in a path; whitespace or `=` in a name).
    init?(text: String) {
        guard !text.unicodeScalars.contains(where: { $0 != "\n" && $0.isUnprintable }) else { return nil }
        var mapped: [String: PlatformOperation] = [:]
        var unmapped: [String: String] = [:]
        for line in text.split(separator: "\n") where !line.hasPrefix("#") {
            let words = line.split(separator: " ", omittingEmptySubsequences: false).map(String.init)
            guard words.count >= 3, MapField.isWord(words[1]), mapped[words[1]] == nil, unmapped[words[1]] == nil
            else { return nil }
            switch words[0] {
            case "map" where words.count >= 4 && MapField.isWord(words[2]) && MapField.isPath(words[3]):
                var query: [String: String] = [:]
                for pair in words[4...] {
                    let names = pair.split(separator: "=", maxSplits: 1, omittingEmptySubsequences: false)
                        .map(String.init)
                    guard names.count == 2, names.allSatisfy(MapField.isQueryName) else { return nil }
                    query[names[0]] = names[1]
                }
                mapped[words[1]] = PlatformOperation(method: words[2], path: words[3], query: query)
            case "unmapped":
                unmapped[words[1]] = words[2...].joined(separator: " ")
            default:
                return nil
            }
        }
        self.init(mapped: mapped, unmapped: unmapped)
    }
}
