import ArgumentParser
import Foundation
import OrgFiles
import OrgModel
import OrgStore

/// The `--store PATH` option: the local SQLite store a command works on.
public struct StoreLocation: ParsableArguments {
    @Option(
        name: .customLong("store"),
        help: ArgumentHelp("The local store file (default: $XDG_DATA_HOME/orgtui/org.sqlite).", valueName: "path"),
        completion: .file())
    var named: String?

    /// The store's path: the one `--store` names, else the default.
    public var store: String {
        get { named ?? StoreLocation.defaultPath }
        set { named = newValue }
    }

    /// Whether `--store` named a store (even the default one) rather than leaving the default.
    public var isNamed: Bool { named != nil }

    /// The default store, until `--store` says otherwise.
    public init() {}

    /// The store `--store` named (`named`), or the default when nil, as if parsed.
    package init(named: String?) {
        self.named = named
    }

    /// `$XDG_DATA_HOME/orgtui/org.sqlite`, where `XDG_DATA_HOME` defaults to `~/.local/share`.
    public static var defaultPath: String {
        XDGDirectory.data.path("org.sqlite")
    }

    /// Opens the existing store; a warning goes to standard error when other accounts may read it.
    public func open() throws -> SQLiteStore {
        let opened = try CLIFailure.reporting { () throws(BackendError) in try SQLiteStore(openingAt: store) }
        if let warning = opened.accessWarning { Console.error("Warning: " + warning) }
        return opened
    }
}
