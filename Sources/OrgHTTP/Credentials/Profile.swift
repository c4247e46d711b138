import Foundation

/// A named place to work on: an API (whose token the credentials file keeps) or a local store.
public struct Profile: Hashable, Sendable {
    /// Where a profile's organization is.
    public enum Target: Hashable, Sendable {
        /// The API at this base URL.
        case api(String)
        /// The local store file at this path.
        case store(String)
    }

    /// Its name: letters, digits, `.`, `_` and `-`.
    public var name: String
    public var target: Target
    /// The certificate authorities' file (PEM) to trust for its API instead of the system's, if any.
    public var cacert: String?

    public init(name: String, target: Target, cacert: String? = nil) {
        self.name = name
        self.target = target
        self.cacert = cacert
    }

    /// The rule `isValid` checks, as a sentence for a name it refuses.
    public static let nameRule = "A profile's name is one word of letters, digits, '.', '_' and '-', at most 64 long."

    /// Whether `name` can name a profile (one word of letters, digits, `.`, `_` and `-`).
    public static func isValid(name: String) -> Bool {
        !name.isEmpty && name.count <= 64
            && name.unicodeScalars.allSatisfy {
                $0.isASCII && ($0.properties.isAlphabetic || "0123456789._-".unicodeScalars.contains($0))
            }
    }
}
