import Foundation
import GRDB

/// The read-only connections of `SQLiteStore.readInPlace`, opened only when a read finds none idle (at most
/// `limit`; past it a read waits for one to come back). The first is the connection that checked the file's
/// schema when the store was opened, which has read the schema already, and the store's first reads wait for
/// it for up to `patience`: a terminal UI's first frame opens no other, where a `DatabasePool` would open an
/// unused writer as well. Later reads that overlap open more at once, as a parallel scan wants.
final class InPlaceReaders: @unchecked Sendable {
    private let path: String
    private let limit: Int
    private let patience: TimeInterval
    /// Guards `idle`, `opened` and `patientReads`; signalled when a connection comes back.
    private let condition = NSCondition()
    private var idle: [DatabaseQueue]
    private var opened: Int
    /// How many more reads wait for a busy connection (up to `patience`) rather than open another.
    private var patientReads: Int

    /// Connections to the store at `path`, starting with `first` when given.
    init(
        path: String, first: DatabaseQueue? = nil, limit: Int = Configuration().maximumReaderCount,
        patience: TimeInterval = InPlaceReaders.patience, patientReads: Int = InPlaceReaders.patientReads
    ) {
        self.path = path
        self.limit = limit
        self.patience = patience
        self.patientReads = patientReads
        idle = first.map { [$0] } ?? []
        opened = idle.count
    }

    /// Runs `body` in a read-only transaction on an idle connection, or on one opened for it.
    func read<T>(_ body: (Database) throws -> T) throws -> T {
        let connection = try take()
        defer { give(connection) }
        return try connection.read(body)
    }

    /// How long one of the first reads waits for a busy connection before it opens another: opening one
    /// (which reads the schema) takes about 1.5 ms, and the first frame's reads (the organization, me, a page,
    /// the change counter) well under one each, so they are quicker one after another on the first connection.
    static let patience: TimeInterval = 0.005
    /// The first frame's reads. Were every read patient, a parallel scan (`users list --all`) would mostly
    /// run on one connection: 20% slower on a million users.
    static let patientReads = 4

    private func take() throws -> DatabaseQueue {
        condition.lock()
        let growAfter = Date(timeIntervalSinceNow: patience)
        var patient = patientReads > 0
        patientReads = max(0, patientReads - 1)
        while idle.isEmpty {
            if opened >= limit {
                condition.wait()
            } else if opened > 0, patient {
                patient = condition.wait(until: growAfter)
            } else {
                break
            }
        }
        if let connection = idle.popLast() {
            condition.unlock()
            return connection
        }
        opened += 1
        condition.unlock()
        do {
            return try Self.open(path)
        } catch {
            condition.lock()
            opened -= 1
            condition.signal()
            condition.unlock()
            throw error
        }
    }

    private func give(_ connection: DatabaseQueue) {
        condition.lock()
        idle.append(connection)
        condition.signal()
        condition.unlock()
    }

    /// A read-only connection to the store at `path`, set up as every connection of the store is.
    static func open(_ path: String) throws -> DatabaseQueue {
        var configuration = SQLiteStore.configuration
        configuration.readonly = true
        return try DatabaseQueue(path: path, configuration: configuration)
    }
}
