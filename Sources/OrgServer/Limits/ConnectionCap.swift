import NIOCore
import Synchronization

/// Keeps at most `capacity` connections open, below the process's file limit, so that clients that connect
/// and send nothing can never take every file and lock out a valid request (or the store's own files).
///
/// A connection that arrives at the cap is accepted, and the connection idle the longest (open, with no
/// request in flight) is closed for it. A connection is never closed in the middle of a request for
/// this: when every one is, accepting waits, and resumes when a request ends (that connection, idle
/// then, is closed for the next) or a connection closes.
/// Open connections thus number at most the cap, and for a moment the few more that one accept call
/// takes (NIO's `maxMessagesPerRead`, 4).
///
/// Hummingbird counts what it accepts and asks before accepting more through `Delegate`; each
/// connection's `ConnectionActivityHandler` says when it opens and closes and when a request starts and
/// ends. Every connection of a server is on its one event-loop thread, so a connection found idle here has
/// not started a request by the time it is closed.
final class ConnectionCap: Sendable {
    /// A connection, in the order they opened.
    typealias ID = UInt64

    /// The most connections open at once.
    let capacity: Int
    private let state = Mutex(State())

    init(capacity: Int) {
        self.capacity = max(1, capacity)
    }

    /// The cap for a process that may open `fileLimit` files: the limit less a reserve for the store's
    /// files and connections (a PostgreSQL pool holds 20), the logs, the listening socket and the event
    /// loop, of 64 files or a sixteenth of the limit, whichever is more (but at most half of it).
    static func capacity(forFileLimit fileLimit: Int) -> Int {
        fileLimit - min(max(64, fileLimit / 16), fileLimit / 2)
    }

    /// Whether to accept another connection now: below the cap, or at it when an idle connection can be
    /// closed for the new one. Otherwise accepting waits until there is room: Hummingbird asks again when a
    /// connection closes, and a connection that becomes idle at the cap has the listening socket read again.
    func admitsAnother() -> Bool {
        state.withLock { state in
            let admits = state.open < capacity || (state.open == capacity && state.idleCount > 0)
            state.isWaiting = !admits
            return admits
        }
    }

    /// Hummingbird accepted a connection.
    func accepted() { state.withLock { $0.open += 1 } }

    /// A connection Hummingbird accepted has closed.
    func released() { state.withLock { $0.open -= 1 } }

    /// `channel` is set up, idle until its first request.
    func opened(_ channel: any Channel) -> ID {
        let (id, room) = state.withLock { state in
            state.lastID += 1
            state.connections[state.lastID] = Connection(channel: channel)
            return (state.lastID, state.becameIdle(state.lastID, isNew: true, capacity: capacity))
        }
        room.make()
        return id
    }

    /// The connection `id` received a request's head.
    func requestStarted(_ id: ID) {
        state.withLock { state in
            guard state.connections[id]?.idleSince != nil else {
                state.connections[id]?.requests += 1
                return
            }
            state.connections[id]?.idleSince = nil
            state.connections[id]?.requests = 1
            state.idleCount -= 1
        }
    }

    /// The connection `id` wrote the end of an answer.
    func requestEnded(_ id: ID) {
        let room = state.withLock { state in
            guard let requests = state.connections[id]?.requests, requests > 0 else { return Room() }
            state.connections[id]?.requests = requests - 1
            return requests == 1 ? state.becameIdle(id, isNew: false, capacity: capacity) : Room()
        }
        room.make()
    }

    /// The connection `id` closed.
    func closed(_ id: ID) {
        state.withLock { state in
            guard let connection = state.connections.removeValue(forKey: id) else { return }
            if connection.idleSince != nil { state.idleCount -= 1 }
        }
    }

    /// What a connection that became idle leaves to do, outside the lock (closing a connection on its
    /// event loop calls back at once).
    private struct Room {
        /// The connection to close, past the cap.
        var closing: (any Channel)?
        /// The listening socket, to read again when it waits for room that is now there.
        var listening: (any Channel)?

        func make() {
            closing?.close(promise: nil)
            listening?.read()
        }
    }

    /// One open connection.
    private struct Connection {
        let channel: any Channel
        /// The requests it has received and not yet answered.
        var requests = 0
        /// When it became idle (a tick of `State.clock`), nil while it is busy.
        var idleSince: UInt64?
    }

    private struct State {
        /// Connections accepted and not yet closed, as Hummingbird counts them.
        var open = 0
        var connections: [ID: Connection] = [:]
        /// The connections open with no request in flight.
        var idleCount = 0
        /// (connection, tick) in the order the connections became idle; an entry whose connection has
        /// since been busy, or closed, is stale and skipped.
        var idleOrder = CircularBuffer<(id: ID, since: UInt64)>()
        var clock: UInt64 = 0
        var lastID: ID = 0
        /// Whether accepting waits for room (`admitsAnother` said no).
        var isWaiting = false

        private mutating func markIdle(_ id: ID) {
            clock += 1
            if connections[id]?.idleSince == nil { idleCount += 1 }
            connections[id]?.idleSince = clock
            idleOrder.append((id, clock))
            if idleOrder.count > 2 * connections.count + 64 {
                idleOrder = CircularBuffer(idleOrder.filter { connections[$0.id]?.idleSince == $0.since })
            }
        }

        /// Marks `id` idle. Past the cap, the connection idle the longest is to be closed: maybe this one,
        /// unless it `isNew` (which would refuse it), and then none when every other is in a request. At
        /// the cap, accepting that waits may go on: the connection it takes will close one.
        mutating func becameIdle(_ id: ID, isNew: Bool, capacity: Int) -> Room {
            let oldest = open > capacity && isNew ? takeOldestIdle() : nil
            markIdle(id)
            if open > capacity { return Room(closing: isNew ? oldest : takeOldestIdle()) }
            guard isWaiting else { return Room() }
            isWaiting = false
            return Room(listening: connections[id]?.channel.parent)
        }

        /// The connection idle the longest, no longer counted as idle, for closing.
        private mutating func takeOldestIdle() -> (any Channel)? {
            while let entry = idleOrder.popFirst() {
                guard let connection = connections[entry.id], connection.idleSince == entry.since else { continue }
                connections[entry.id]?.idleSince = nil
                idleCount -= 1
                return connection.channel
            }
            return nil
        }
    }
}
