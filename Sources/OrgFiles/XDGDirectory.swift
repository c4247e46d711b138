import Foundation

/// The XDG base directories that orgtui keeps its files under, each with its `orgtui` subdirectory.
public enum XDGDirectory: String, Sendable {
    case data = "XDG_DATA_HOME"
    case state = "XDG_STATE_HOME"
    case config = "XDG_CONFIG_HOME"

    /// Where the directory is when its variable is unset or empty, under the home directory.
    private var fallback: String {
        switch self {
        case .data: ".local/share"
        case .state: ".local/state"
        case .config: ".config"
        }
    }

    /// `$XDG_..._HOME/orgtui/name`; the home directory is `$HOME`, else the account's (which costs a
    /// look-up in the user database, so it is the last resort).
    public func path(_ name: String, environment: [String: String] = ProcessInfo.processInfo.environment) -> String {
        let base =
            environment[rawValue].flatMap { $0.isEmpty ? nil : $0 }
            ?? (environment["HOME"].flatMap { $0.isEmpty ? nil : $0 } ?? NSHomeDirectory()) + "/" + fallback
        return base + "/orgtui/" + name
    }
}
