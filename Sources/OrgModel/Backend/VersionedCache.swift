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

    /// The value kept for `key` and the version it was found at, whatever the store's version now: a guess, for
    /// a caller that reads the version in the same snapshot as its answer and so can tell whether it held.
    public func latest(for key: Key) -> (version: Int, value: Value)? {
        state.withLock { state in state.values[key].map { (state.version, $0) } }
    }

    /// Remembers `value` for `key`, as found at `version`, unless the store has changed since.
    public func insert(_ value: Value, for key: Key, at version: Int) {
        state.withLock { state in
            if version > state.version { state = (version, [:]) }
            guard version == state.version else { return }
            if state.values.count >= capacity { state.values.removeAll(keepingCapacity: true) }
            state.values[key] = value
        }
    }
}
