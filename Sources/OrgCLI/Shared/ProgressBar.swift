import Foundation
import OrgText

/// A progress bar on standard error when it is a terminal: done of the total, the rate, the time left and a
/// caller's detail (such as the failures so far), redrawn in place at most ten times a second. Nothing is
/// written when standard error is not a terminal. Used by `orgtui users import` and `orgtui store copy`.
public final class ProgressBar: @unchecked Sendable {
    private let total: Int
    private let unit: String
    private let start = Date()
    private let isTerminal: Bool
    private let lock = NSLock()
    private var drawn: ContinuousClock.Instant?

    /// A bar for `total` items called `unit` (`isTerminal` defaults to whether standard error is one).
    public init(total: Int, unit: String = "", isTerminal: Bool = isatty(STDERR_FILENO) == 1) {
        self.total = total
        self.unit = unit
        self.isTerminal = isTerminal
    }

    /// The bar's text for `done` items after `elapsed` seconds, with `detail` at the end, at most `width`
    /// columns.
    public func line(done: Int, elapsed: Double, width: Int = 80, detail: String = "") -> String {
        let cells = 20
        let filled = total == 0 ? cells : min(cells, done * cells / total)
        let rate = elapsed > 0 ? Double(done) / elapsed : 0
        let left = rate > 0 ? String(format: "%.0f s", Double(max(0, total - done)) / rate) : "?"
        let text =
            "[" + String(repeating: "#", count: filled) + String(repeating: ".", count: cells - filled) + "] "
            + "\(done)/\(total)\(unit.isEmpty ? "" : " " + unit)  \(String(format: "%.1f", rate))/s  ETA \(left)"
            + (detail.isEmpty ? "" : "  " + detail)
        return String(text.prefix(max(0, width - 1)))
    }

    /// Redraws the bar for `done` items, unless it was drawn less than 100 ms ago before the end (`force`
    /// draws anyway); from any thread.
    public func update(done: Int, detail: String = "", force: Bool = false) {
        guard isTerminal else { return }
        lock.withLock {
            let now = ContinuousClock.now
            if !force, done < total, let drawn, now - drawn < .milliseconds(100) { return }
            drawn = now
            let text = Sanitizer.clean(
                line(done: done, elapsed: Date().timeIntervalSince(start), width: Self.columns(), detail: detail))
            FileHandle.standardError.write(Data(("\r" + text + "\u{1B}[K").utf8))
        }
    }

    /// Erases the bar, so the summary takes its line.
    public func clear() {
        guard isTerminal else { return }
        lock.withLock {
            guard drawn != nil else { return }
            FileHandle.standardError.write(Data("\r\u{1B}[K".utf8))
        }
    }

    /// Standard error's width in columns, 80 when unknown.
    private static func columns() -> Int {
        var size = winsize()
        return ioctl(STDERR_FILENO, UInt(TIOCGWINSZ), &size) == 0 && size.ws_col > 0 ? Int(size.ws_col) : 80
    }
}
