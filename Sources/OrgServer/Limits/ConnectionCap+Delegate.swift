import HummingbirdCore

extension ConnectionCap {
    /// What Hummingbird's listening socket asks before it accepts a connection, and tells when one is
    /// accepted or closes.
    struct Delegate: AvailableConnectionsDelegate {
        let cap: ConnectionCap

        mutating func connectionOpened() { cap.accepted() }

        mutating func connectionClosed() { cap.released() }

        func isAcceptingNewConnections() -> Bool { cap.admitsAnother() }
    }
}
