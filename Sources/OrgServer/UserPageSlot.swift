import Foundation
import OrgModel

/// Where the listUsers handler leaves the page it read, for `UserPageMiddleware` to write.
final class UserPageSlot: @unchecked Sendable {
    /// The slot of the request being handled, when `UserPageMiddleware` is installed.
    @TaskLocal static var current: UserPageSlot?

    private let lock = NSLock()
    private var stored: UserPage?

    /// The page that the handler read.
    var page: UserPage? {
        get { lock.withLock { stored } }
        set { lock.withLock { stored = newValue } }
    }
}
