import Foundation

/// Programs in 80x24 pseudo-terminals, measured from the outside: the time from exec to exit or to a
/// first full frame, and the bytes written in answer to keys.
struct TerminalProbe {
    /// The programs' common environment: xterm-256color, UTF-8, and a home of its own (no user config).
    let environment: [String: String]
    /// How long the output must stay silent for the screen to count as idle.
    static let quiet: Duration = .milliseconds(300)
    /// The longest any step may take.
    static let timeout: Duration = .seconds(60)

    /// An environment for programs in the terminal, with `home` as their home and XDG directories.
    init(home: String) {
        environment = [
            "TERM": "xterm-256color", "LANG": "C.UTF-8",
            "PATH": ProcessInfo.processInfo.environment["PATH"] ?? "/usr/bin:/bin",
            "HOME": home, "XDG_CONFIG_HOME": home + "/config", "XDG_STATE_HOME": home + "/state",
            "XDG_DATA_HOME": home + "/data",
        ]
    }

    /// Starts `executable` with `arguments` in a new terminal.
    func start(_ executable: String, _ arguments: [String]) throws -> PtyChild {
        try PtyChild(executable, arguments, environment: environment)
    }

    /// Runs `executable` to its end; the seconds from exec to exit and everything it printed.
    @discardableResult
    func complete(
        _ executable: String, _ arguments: [String],
        timeout: Duration = timeout
    ) throws -> (seconds: Double, output: [UInt8]) {
        let start = ContinuousClock.now
        let child = try self.start(executable, arguments)
        let status = child.finish(timeout: timeout)
        let seconds = (ContinuousClock.now - start).seconds
        guard status == 0 else {
            throw PtyChild.Failure(
                description: "\(executable) \(arguments.joined(separator: " ")) failed (\(status)): "
                    + TerminalText.printed(child.output.suffix(400)))
        }
        return (seconds, child.output)
    }

    /// Starts `executable` and waits for its first full frame: until `shows` holds for what it printed.
    /// Returns the child and the seconds from exec to then.
    func firstFrame(
        _ executable: String, _ arguments: [String],
        shows: (TerminalText) -> Bool
    ) throws -> (child: PtyChild, seconds: Double) {
        let start = ContinuousClock.now
        let child = try self.start(executable, arguments)
        var scanned = 0
        var text = TerminalText()
        let shown = child.read(timeout: Self.timeout) { output in
            guard output.count > scanned else { return false }
            text.append(output[scanned...])
            scanned = output.count
            return shows(text)
        }
        let seconds = (ContinuousClock.now - start).seconds
        guard shown else {
            throw PtyChild.Failure(
                description: "no first frame within \(Self.timeout): "
                    + TerminalText.printed(child.output.suffix(400)))
        }
        return (child, seconds)
    }

    /// Waits for `child`'s screen to be idle, sends `keys`, and returns what it wrote for them until idle again.
    func response(of child: PtyChild, to keys: String) throws -> [UInt8] {
        try settle(child)
        child.discardOutput()
        child.send(keys)
        try settle(child)
        return child.output
    }

    /// Reads until `child`'s output stays silent for `quiet`.
    func settle(_ child: PtyChild) throws {
        guard child.readUntilQuiet(Self.quiet, timeout: Self.timeout), !child.isClosed else {
            throw PtyChild.Failure(
                description: "the screen did not go idle within \(Self.timeout), or the program exited")
        }
    }
}
