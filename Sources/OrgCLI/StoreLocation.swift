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

    /// Opens the existing store.
    public func open() throws -> SQLiteStore {
        try CLIFailure.reporting { () throws(BackendError) in try SQLiteStore(openingAt: store) }
    }

    /// Makes the directory that will hold a new store.
    public func prepareDirectory() throws {
        let directory = (store as NSString).deletingLastPathComponent
        guard !directory.isEmpty else { return }
        do {
            try FileManager.default.createDirectory(atPath: directory, withIntermediateDirectories: true)
        } catch {
            throw CLIFailure("Cannot create the directory \(directory): \(error.localizedDescription)")
        }
    }
}
