import Foundation
import Testing

/// Polls `check` until it holds or `seconds` pass; records an issue and throws when time runs out.
func eventually(_ what: String, seconds: Double = 15, _ check: () async throws -> Bool) async throws {
    let deadline = Date().addingTimeInterval(seconds)
    while Date() < deadline {
        if try await check() { return }
        try await Task.sleep(for: .milliseconds(20))
    }
    Issue.record(Comment(rawValue: "Timed out waiting for \(what)"))
    throw Tmux.TimedOut()
}
