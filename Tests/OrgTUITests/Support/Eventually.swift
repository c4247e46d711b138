import Foundation
import Testing

/// Polls `check` until it holds or `seconds` pass; records an issue and throws when time runs out. The
/// deadline is generous: on a clean CI clone the first children start while 270 tests share two cores.
func eventually(_ what: String, seconds: Double = 60, _ check: () async throws -> Bool) async throws {
    let deadline = Date().addingTimeInterval(seconds)
    while Date() < deadline {
        if try await check() { return }
        try await Task.sleep(for: .milliseconds(20))
    }
    Issue.record(Comment(rawValue: "Timed out waiting for \(what)"))
    throw Tmux.TimedOut()
}
