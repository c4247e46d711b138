@testable import OrgModel
import Testing

/// Enter on the audit log opens the highlighted entry in full; the moving keys then show the next entries,
/// and Esc goes back to the list, not out of the log.
@Suite struct AuditEntryTests {
    @Test func enterOpensTheHighlightedEntryAndEscGoesBackToTheList() {
        var store = Fixture.loaded()
        store.skip([.command(.audit), .auditLoaded(6, pageNumber: 1, .success(AuditTests.page(1, count: 30)))])
        let loaded = AuditTests.log {
            $0.rows.count = 30
            $0.rows.pages = [1: AuditTests.page(1, count: 30).items]
        }
        #expect(store.state.screen == .auditLog(loaded))
        #expect(store.state.availableCommands.contains(.open))
        store.press(.open) {
            $0.screens[1] = .auditLog(
                AuditTests.log {
                    $0 = loaded; $0.isEntryOpen = true
                })
        }
        #expect(!store.state.availableCommands.contains(.open))
        #expect(store.state.auditLog?.entryPosition == "1 of 30")
        store.press(.down) {
            $0.screens[1] = .auditLog(
                AuditTests.log {
                    $0 = loaded
                    $0.isEntryOpen = true
                    $0.rows.cursor = 1
                })
        }
        store.press(.back) {
            $0.screens[1] = .auditLog(
                AuditTests.log {
                    $0 = loaded
                    $0.rows.cursor = 1
                })
        }
        store.press(.back) { $0.screens = [.users] }
    }

    @Test func anEntryStillLoadingCannotBeOpened() {
        var store = Fixture.loaded()
        store.skip([.command(.audit)])
        #expect(!store.state.availableCommands.contains(.open))
        store.press(.open)
        store.skipPending()
    }
}
