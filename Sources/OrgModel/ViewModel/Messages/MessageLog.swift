import Foundation

/// The recent status messages, newest first, each whole and with the time it appeared when `reduce` was
/// told the time (`reduce(_:_:at:)`): what `!` shows, so a message never loses its end.
public struct MessageLog: Hashable, Sendable {
    /// How many messages are kept; the oldest goes first.
    public static let capacity = 50

    /// One message as it appeared.
    public struct Entry: Hashable, Sendable {
        public var message: StatusMessage
        /// When it last appeared; nil when `reduce` was not told the time.
        public var at: Date?
    }

    /// The messages, newest first.
    public private(set) var entries: [Entry] = []
    /// The time of the event being reduced, while `reduce(_:_:at:)` runs; nil otherwise.
    var now: Date?

    /// Keeps `message` as the newest; the same message as the newest again only updates its time.
    mutating func record(_ message: StatusMessage) {
        if entries.first?.message == message {
            entries[0].at = now ?? entries[0].at
            return
        }
        entries.insert(Entry(message: message, at: now), at: 0)
        if entries.count > Self.capacity { entries.removeLast(entries.count - Self.capacity) }
    }
}
