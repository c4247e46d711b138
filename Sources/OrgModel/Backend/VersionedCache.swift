import Synchronization

/// Values that hold for as long as a store's change counter stays where it was when they were found: a newer
/// counter, which any commit makes (from any process), empties the cache. It keeps at most `capacity` values
/// and empties itself when full, so its memory stays bounded whatever the keys.
public final class VersionedCache<Key: Hashable & Sendable, Value: Sendable>: Sendable {
    private let capacity: Int
    private let state = Mutex<(version: Int, values: [Key: Value])>((Int.min, [:]))

    /// An empty cache that keeps at most `capacity` values.
    public init(capacity: Int) {
        self.capacity = capacity
    }

    /// The value found for `key` at `version`, the store's version now.
    public func value(for key: Key, at version: Int) -> Value? {
        state.withLock { state in
            if version > state.version { state = (version, [:]) }
            return version == state.version ? state.values[key] : nil
        }
    }

    /// Remembers `value` for `key`, as found at `version`, unless the store has changed since.
    public func insert(_ value: Value, for key: Key, at version: Int) {
        state.withLock { state in
            guard version == state.version else { return }
            if state.values.count >= capacity { state.values.removeAll(keepingCapacity: true) }
            state.values[key] = value
        }
    }
}
