import Foundation
@testable import OrgModel
import Testing

/// Every status message and notice is kept whole, newest first (`AppState.messages`), and `!` shows them:
/// a message cut on the status line is never lost.
@Suite struct MessagesTests {
    static let copied = StatusMessage(.info, "Copied user00000@acme.test.")
    static let broken = StatusMessage(.error, "config line 1: unknown context \"#\"; using the default keys.")

    @Test func bangShowsTheMessagesAndNoticesNewestFirstAndScrollsThenGoesBack() {
        var store = Fixture.loaded()
        store.press(.copyEmail, effects: [.copyToClipboard("user00000@acme.test")]) { $0.status = Self.copied }
        store.send(.notice(Self.broken)) { $0.notice = Self.broken }
        #expect(store.state.availableCommands.contains(.messages))
        store.press(.messages) {
            $0.status = nil
            $0.notice = nil
            $0.screens.append(.messages(RecentMessages()))
        }
        #expect(store.state.messages.entries.map(\.message) == [Self.broken, Self.copied])
        #expect(!store.state.availableCommands.contains(.messages))
        let page = store.state.bodyRows
        store.press(.pageDown) { $0.screens[1] = .messages(RecentMessages(scroll: page)) }
        store.press(.first) { $0.screens[1] = .messages(RecentMessages(scroll: 0)) }
        store.press(.back) { $0.screens = [.users] }
    }

    @Test func aMessageKeepsTheTimeItAppearedAndTheSameOneAgainOnlyMovesItsTime() {
        var state = Fixture.loaded().state
        let first = Date(timeIntervalSince1970: 1_800_000_000), later = first + 90
        _ = reduce(&state, .command(.copyEmail), at: first)
        _ = reduce(&state, .command(.copyEmail), at: later)
        #expect(state.messages.entries == [MessageLog.Entry(message: Self.copied, at: later)])
        _ = reduce(&state, .notice(Self.broken), at: later + 1)
        #expect(state.messages.entries.map(\.at) == [later + 1, later])
        #expect(state.messages.now == nil)
    }

    @Test func onlyTheLatestFiftyAreKept() {
        var log = MessageLog()
        for n in 0..<60 { log.record(StatusMessage(.info, "Message \(n).")) }
        #expect(log.entries.count == MessageLog.capacity)
        #expect(log.entries.first?.message.text == "Message 59.")
        #expect(log.entries.last?.message.text == "Message 10.")
    }

    @Test func aScreenWaitingForAnAnswerOffersNoMessagesUntilItCanBeLeft() {
        var store = Fixture.loaded()
        store.skip([.command(.editRoles), .command(.toggleRole2)])
        #expect(store.state.availableCommands.contains(.messages))
        store.skip([.command(.submit)])
        #expect(!store.state.availableCommands.contains(.messages))
        store.skipPending()
    }
}
