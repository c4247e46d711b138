import Foundation

extension TokenAuthenticator {
    /// The members that tokens were recently verified to act as, keyed by a hash of the Authorization
    /// value (never the secret), for as long as the store is unchanged: a newer change counter, which any
    /// commit makes (a revocation included, from any process), empties it.
    final class TokenCache: @unchecked Sendable {
        private let lock = NSLock()
        private var version = Int.min
        private var userIDs: [String: String] = [:]

        /// The member that `key` was verified to act as at `version`, the store's version now.
        func userID(for key: String, at version: Int) -> String? {
            lock.withLock {
                if version > self.version { (self.version, userIDs) = (version, [:]) }
                return version == self.version ? userIDs[key] : nil
            }
        }

        /// Remembers that `key` acts as `userID`, as verified at `version`, unless the store has changed since.
        func insert(_ userID: String, for key: String, at version: Int) {
            lock.withLock {
                if version == self.version { userIDs[key] = userID }
            }
        }
    }
}
