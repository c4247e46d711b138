import Foundation

/// The roles of users read during a session, so that a second scan by role sends no `getUser` for a user
/// already read. An entry is the user's roles as `getUser` answered them; it is replaced when our own role
/// change succeeds (`store`), dropped when the user is found deleted or the list is reloaded by hand
/// (`forget`, `forgetAll`), and read again once older than `maxAge`, so a change made by someone else is seen
/// at the latest that long after.
public final class RoleCache: @unchecked Sendable {
    /// How long an entry is trusted.
    public let maxAge: Duration
    private let now: @Sendable () -> ContinuousClock.Instant
    private let lock = NSLock()
    private var entries: [String: (roles: Set<Role>, read: ContinuousClock.Instant)] = [:]

    /// An empty cache whose entries last `maxAge` by the clock `now`.
    public init(
        maxAge: Duration = .seconds(600), now: @escaping @Sendable () -> ContinuousClock.Instant = { .now }
    ) {
        self.maxAge = maxAge
        self.now = now
    }

    /// The roles of `id` when read less than `maxAge` ago, else nil.
    public func roles(of id: String) -> Set<Role>? {
        let time = now()
        return lock.withLock {
            guard let entry = entries[id] else { return nil }
            if time - entry.read < maxAge { return entry.roles }
            entries[id] = nil
            return nil
        }
    }

    /// Keeps `roles` as the roles of `id`, read now.
    public func store(_ roles: Set<Role>, for id: String) {
        let time = now()
        lock.withLock { entries[id] = (roles, time) }
    }

    /// Drops what is known of `id`.
    public func forget(_ id: String) {
        lock.withLock { entries[id] = nil }
    }

    /// Drops every entry.
    public func forgetAll() {
        lock.withLock { entries = [:] }
    }

    /// How many entries are kept.
    public var count: Int { lock.withLock { entries.count } }
}
