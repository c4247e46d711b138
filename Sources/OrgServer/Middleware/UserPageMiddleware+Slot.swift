import Foundation
import OrgModel

extension UserPageMiddleware {
    /// Where the listUsers handler leaves the page it read, for the middleware to write.
    final class Slot: @unchecked Sendable {
        private let lock = NSLock()
        private var stored: UserPage?

        /// The page that the handler read.
        var page: UserPage? {
            get { lock.withLock { stored } }
            set { lock.withLock { stored = newValue } }
        }
    }
}
