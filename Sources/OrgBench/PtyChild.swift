import ChildProcesses
import Foundation
#if canImport(Glibc)
import Glibc
#endif

/// A child process in a pseudo-terminal of its own (it is the session leader and the terminal is its
/// controlling terminal), with everything it writes to the terminal collected in `output`.
final class PtyChild {
    /// Why a child could not be started or read.
    struct Failure: Error, CustomStringConvertible {
        let description: String
    }

    /// Everything the child wrote to the terminal so far.
    private(set) var output: [UInt8] = []
    /// Whether the terminal was closed on the child's side (it exited).
    private(set) var isClosed = false
    private let master: Int32
    private let child: ChildProcess

    /// Starts `executable` with `arguments` in a new `rows` x `columns` terminal and `environment`.
    init(
        _ executable: String, _ arguments: [String], environment: [String: String],
        rows: UInt16 = 24, columns: UInt16 = 80
    ) throws {
        var master: Int32 = -1, slave: Int32 = -1
        var size = winsize(ws_row: rows, ws_col: columns, ws_xpixel: 0, ws_ypixel: 0)
        guard openpty(&master, &slave, nil, nil, &size) == 0 else { throw Failure(description: "openpty failed") }
        defer { close(slave) }
        _ = ioctl(master, UInt(TIOCSWINSZ), &size)
        _ = fcntl(master, F_SETFD, FD_CLOEXEC)
        _ = fcntl(master, F_SETFL, fcntl(master, F_GETFL) | O_NONBLOCK)
        guard let name = ttyname(slave) else { throw Failure(description: "no name for the terminal") }
        let terminal = String(cString: name)
        do {
            // The child starts a session of its own, of which the terminal becomes the controlling terminal.
            child = try ChildProcess(
                [executable] + arguments, environment: .replacing(environment), stdin: .terminal(terminal),
                stdout: .terminal(terminal), stderr: .terminal(terminal))
        } catch {
            close(master)
            throw error
        }
        self.master = master
    }

    /// Closes the terminal; a child that has not exited is then killed and reaped (by ChildProcess).
    deinit {
        close(master)
    }

    /// The child's process id.
    var pid: pid_t { child.pid }

    /// Sends `text` to the child as typed keys.
    func send(_ text: String) {
        var bytes = Array(text.utf8)
        var sent = 0
        while sent < bytes.count {
            let written = bytes.withUnsafeMutableBytes { write(master, $0.baseAddress! + sent, $0.count - sent) }
            if written > 0 { sent += written } else if errno != EAGAIN && errno != EINTR { return }
        }
    }

    /// Reads what the child writes until `done` holds for the output, the terminal closes, or `timeout`
    /// passes. Returns whether `done` held.
    @discardableResult
    func read(timeout: Duration, until done: (_ output: [UInt8]) -> Bool) -> Bool {
        let deadline = ContinuousClock.now + timeout
        while !done(output) {
            guard !isClosed, wait(until: deadline) else { return false }
        }
        return true
    }

    /// Reads until nothing arrives for `quiet` (or the terminal closes), for at most `timeout`. Returns
    /// whether the output went quiet before the deadline.
    @discardableResult
    func readUntilQuiet(_ quiet: Duration, timeout: Duration) -> Bool {
        let deadline = ContinuousClock.now + timeout
        while !isClosed {
            let now = ContinuousClock.now
            if now >= deadline { return false }
            if !wait(until: min(deadline, now + quiet)) { return ContinuousClock.now < deadline }
        }
        return true
    }

    /// Keeps only the output from now on.
    func discardOutput() {
        output.removeAll(keepingCapacity: true)
    }

    /// Waits up to `deadline` for output and appends it. False when nothing arrived in time.
    private func wait(until deadline: ContinuousClock.Instant) -> Bool {
        let left = max(0, (deadline - .now).seconds)
        var descriptor = pollfd(fd: master, events: Int16(POLLIN), revents: 0)
        let ready = poll(&descriptor, 1, Int32((left * 1_000).rounded(.up)))
        guard ready > 0 else { return false }
        var buffer = [UInt8](repeating: 0, count: 65_536)
        let count = buffer.withUnsafeMutableBytes { Glibc.read(master, $0.baseAddress, $0.count) }
        if count > 0 {
            output += buffer[..<count]
        } else if count == 0 || (errno != EAGAIN && errno != EINTR) {
            isClosed = true  // EIO: the child's side closed.
        }
        return true
    }

    /// Reads until the terminal closes, then reaps the child; kills it first if it has not exited by
    /// `timeout`. Returns its exit status.
    @discardableResult
    func finish(timeout: Duration = .seconds(5)) -> Int32 {
        if !read(timeout: timeout, until: { _ in false }), !isClosed {
            child.send(SIGKILL)
        }
        return child.wait()
    }
}
