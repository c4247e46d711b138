import ArgumentParser
import Foundation
import OrgModel
import OrgStore

/// The `--store PATH` option: the local SQLite store a command works on.
public struct StoreLocation: ParsableArguments {
    @Option(name: .long, help: ArgumentHelp("The local store file.", valueName: "path"), completion: .file())
    public var store: String = StoreLocation.defaultPath

    /// The default store, until `--store` says otherwise.
    public init() {}

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
