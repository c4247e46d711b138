import Foundation
import OrgModel
import Testing
@testable import OrgTUI

/// A status message never loses its end: it wraps above the hint bar, `!` shows the recent ones whole, and
/// Enter shows an audit entry in full. States are built by driving `reduce` (see `ScreenDriver`).
@Suite("Messages and audit entries, rendered")
struct MessageRenderingTests {
    static let sizes = [(60, 16), (80, 24)]
    static let lastAdmin = "Ada Admin is the last admin; the organization needs one."

    /// Ada takes her own admin role away and the store refuses: she is the last admin.
    static func lastAdminRefused(width: Int, height: Int) -> ScreenDriver {
        var driver = ScreenDriver(width: width, height: height)
        driver.now = Date(timeIntervalSince1970: 1_775_000_000)
        driver.press(.copyEmail)
        driver.press(.editRoles, .toggleRole2, .toggleRole1, .submit, .confirm)
        guard case .setRoles(let id, _, _, _)? = driver.open.last else {
            Issue.record("no role save was sent: \(driver.open)")
            return driver
        }
        driver.now = Date(timeIntervalSince1970: 1_775_000_042)
        driver.send(.rolesSaved(id, .failure(.conflict(lastAdmin))))
        return driver
    }

    @Test("A long message wraps above the hint bar, its end on screen")
    func wrappedMessage() {
        for (width, height) in Self.sizes {
            let driver = Self.lastAdminRefused(width: width, height: height)
            let lines = driver.render().grid.lines
            Snapshot.assert(driver.render().grid, named: "status-wrapped-\(width)x\(height)")
            #expect(lines[height - 2].hasSuffix("needs one."), "\(lines)")
        }
    }

    @Test("A message longer than three lines ends in … and is whole on the messages screen")
    func overlongMessage() {
        var driver = ScreenDriver(width: 60, height: 16)
        let words = (1...40).map { "word\($0)" }.joined(separator: " ") + " the end."
        driver.send(.notice(StatusMessage(.error, words)))
        let lines = driver.render().grid.lines
        #expect(lines[12].hasPrefix(" word1 "))
        #expect(lines[14].hasSuffix("…"), "\(lines)")
        driver.press(.messages)
        #expect(driver.render().grid.lines.contains { $0.hasSuffix("word40 the end.") })
    }

    @Test("! shows the recent messages whole, newest first, with their times")
    func messagesScreen() {
        for (width, height) in Self.sizes {
            var driver = Self.lastAdminRefused(width: width, height: height)
            driver.press(.messages)
            Snapshot.assert(driver.render().grid, named: "messages-\(width)x\(height)")
        }
    }

    @Test("Enter on the audit log shows the entry in full, every field wrapped")
    func auditEntry() {
        for (width, height) in [(60, 16), (120, 40)] {
            var driver = ScreenDriver(width: width, height: height)
            driver.press(.audit, .down, .open)
            Snapshot.assert(driver.render().grid, named: "audit-entry-\(width)x\(height)")
        }
    }

    @Test("At 20x5 nothing breaks and the message shows, and ! shows it whole once the terminal grows")
    func tooSmall() {
        var driver = Self.lastAdminRefused(width: 80, height: 24)
        driver.send(.resized(width: 20, height: 5))
        Snapshot.assert(driver.render().grid, named: "too-small-message-20x5")
        driver.press(.messages)
        #expect(driver.render().grid.lines.joined().contains("too small"))
        driver.send(.resized(width: 80, height: 24))
        #expect(driver.render().grid.lines.contains { $0.hasSuffix("the organization needs one.") })
    }
}
