import Foundation
import GRDB

/// The read-only connections of `SQLiteStore.readInPlace`, opened only when a read finds none idle (at most
/// `limit`; past it a read waits for one to come back). The first is the connection that checked the file's
/// schema when the store was opened, which has read the schema already: a terminal UI's first frame
/// opens no other unless its reads overlap, where a `DatabasePool` would open an unused writer as well.
final class InPlaceReaders: @unchecked Sendable {
    private let path: String
    private let limit: Int
    /// Guards `idle` and `opened`; signalled when a connection comes back.
    private let condition = NSCondition()
    private var idle: [DatabaseQueue]
    private var opened: Int

    /// Connections to the store at `path`, starting with `first` when given.
    init(path: String, first: DatabaseQueue? = nil, limit: Int = Configuration().maximumReaderCount) {
        self.path = path
        self.limit = limit
        idle = first.map { [$0] } ?? []
        opened = idle.count
    }

    /// Runs `body` in a read-only transaction on an idle connection, or on one opened for it.
    func read<T>(_ body: (Database) throws -> T) throws -> T {
        let connection = try take()
        defer { give(connection) }
        return try connection.read(body)
    }

    private func take() throws -> DatabaseQueue {
        condition.lock()
        while idle.isEmpty, opened >= limit { condition.wait() }
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
