@testable import OrgModel
import Testing

/// What the terminal says on the status line until the next key (a broken config, a refused key) is
/// state too, so these tests see it come and go.
@Suite struct NoticeTests {
    static let broken = StatusMessage(.error, "keys.conf line 3: unknown command \"zap\"; the line was skipped.")
    static let refused = StatusMessage(.error, "Not available: the platform's API has no deleteUser.")

    @Test func aNoticeLastsUntilTheNextKeyEvenOneThatIsNotOfferedHere() {
        var store = Fixture.loaded()
        store.send(.notice(Self.broken)) { $0.notice = Self.broken }
        store.press(.confirm) { $0.notice = nil }
        store.send(.notice(Self.broken)) { $0.notice = Self.broken }
        store.press(.search) {
            $0.notice = nil
            $0.search.open()
        }
        store.send(.notice(Self.refused)) { $0.notice = Self.refused }
        store.send(.typed("a")) {
            $0.notice = nil
            $0.search.type("a")
        }
    }

    @Test func aRefusedKeyReplacesTheNoticeAndAKeyThatMeansNothingClearsIt() {
        var store = Fixture.loaded()
        store.send(.notice(Self.broken)) { $0.notice = Self.broken }
        store.send(.notice(Self.refused)) { $0.notice = Self.refused }
        store.send(.notice(nil)) { $0.notice = nil }
    }

    @Test func theStatusLineOutlivesANoticeAndOnlyAnOfferedCommandClearsIt() {
        var store = Fixture.loaded()
        store.press(.copyEmail, effects: [.copyToClipboard("user00000@acme.test")]) {
            $0.status = StatusMessage(.info, "Copied user00000@acme.test.")
        }
        store.send(.notice(Self.refused)) { $0.notice = Self.refused }
        store.press(.confirm) { $0.notice = nil }
        store.press(.down) {
            $0.status = nil
            $0.users.cursor = 1
        }
    }
}
