import ChildProcesses
import Foundation
import Testing

/// A private tmux server (its own socket) with one window, for driving the real `orgtui` binary with
/// send-keys and reading the screen with capture-pane. Waits poll with a deadline; nothing sleeps a
/// fixed time waiting for something to happen.
final class Tmux {
    let socket = "orgtui-test-\(UUID().uuidString.prefix(8))"
    let target = "t"
    private var socketPath = ""

    /// Starts the server with a `width` x `height` window running `command` (kept after it exits).
    init(width: Int, height: Int, command: String) throws {
        try run(["new-session", "-d", "-x", "\(width)", "-y", "\(height)", "-s", target, command], startsServer: true)
        try run(["set-option", "-t", target, "remain-on-exit", "on"])
        try run(["set-option", "-s", "set-clipboard", "on"])
        socketPath = try format("#{socket_path}")
    }

    deinit { stop() }

    /// Ends the server and everything in it.
    func stop() {
        _ = try? run(["kill-server"])
        if !socketPath.isEmpty { unlink(socketPath) }
    }

    /// Runs a tmux command on this server and returns its output. A tmux client ends in milliseconds, whatever
    /// this process does, so it is waited for on the calling thread. The one that starts the server gets no pipe,
    /// which the server would hold open.
    @discardableResult
    func run(_ arguments: [String], startsServer: Bool = false) throws -> String {
        let client = try ChildProcess(
            ["tmux", "-L", socket] + arguments, stdout: startsServer ? .null : .pipe,
            stderr: startsServer ? .null : .stdout)
        let status = client.wait()
        guard status == 0 else {
            throw ChildProcess.Failed("tmux \(arguments.joined(separator: " ")) exited \(status): \(client.output)")
        }
        return client.output
    }

    /// Sends tmux key names (`Enter`, `Escape`, `NPage`, `C-c`, `j`).
    func keys(_ names: String...) throws { try run(["send-keys", "-t", target] + names) }

    /// Types `text` literally.
    func type(_ text: String) throws { try run(["send-keys", "-t", target, "-l", text]) }

    /// The screen's text; with `history`, the lines scrolled off the top come first.
    func screen(history: Bool = false) throws -> String {
        try run(["capture-pane", "-p", "-t", target] + (history ? ["-S", "-1000"] : []))
    }

    /// A tmux format value for the pane, such as `#{pane_title}`.
    func format(_ format: String) throws -> String {
        try run(["display-message", "-p", "-t", target, format]).trimmingCharacters(in: .newlines)
    }

    /// Polls the screen until `condition` holds, for at most `seconds`; records an issue with the last
    /// screen when it never does. Returns the screen that satisfied it.
    @discardableResult
    func waitFor(
        _ what: String, seconds: Double = 60, history: Bool = false,
        sourceLocation: SourceLocation = #_sourceLocation, _ condition: (String) -> Bool
    ) throws -> String {
        let deadline = Date().addingTimeInterval(seconds)
        var last = ""
        while Date() < deadline {
            last = try screen(history: history)
            if condition(last) { return last }
            Thread.sleep(forTimeInterval: 0.02)
        }
        Issue.record(
            Comment(rawValue: "Timed out waiting for \(what). Screen:\n\(last)"), sourceLocation: sourceLocation)
        throw TimedOut()
    }

    /// Polls the screen until it contains `text`.
    @discardableResult
    func waitFor(_ text: String, seconds: Double = 60, sourceLocation: SourceLocation = #_sourceLocation) throws
        -> String
    {
        try waitFor("\"\(text)\"", seconds: seconds, sourceLocation: sourceLocation) { $0.contains(text) }
    }

    struct TimedOut: Error {}
}
