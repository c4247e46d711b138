import Foundation
import OrgCLI

/// The terminal while orgtui owns it: curses, the wake pipe and the watched signals. `next()` sleeps
/// in poll() on stdin and the wake pipe, so an idle program uses no CPU.
@MainActor
final class TerminalSession {
    /// What woke the loop.
    enum Input: Hashable {
        case key(Key)
        /// A click or the wheel, where the last frame drew its targets.
        case mouse(MouseInput)
        /// The terminal's new size, already applied to curses.
        case resized(width: Int, height: Int)
        /// The wake pipe: answers may be waiting in the inbox.
        case woke
        /// SIGINT, SIGTERM, SIGHUP, or the terminal went away: leave now.
        case stop
    }

    let curses: Curses
    let pipe: WakePipe

    init(curses: Curses, pipe: WakePipe) {
        self.curses = curses
        self.pipe = pipe
    }

    /// Sleeps until something happens (or `timeout` passes: then nothing) and returns it, in order. Ctrl-Z
    /// gives the terminal back (the mouse reports off) and stops; on `fg` the screen is drawn again at the
    /// terminal's size then.
    func next(timeout: Duration? = nil) -> [Input] {
        var fds = [
            pollfd(fd: STDIN_FILENO, events: Int16(POLLIN), revents: 0),
            pollfd(fd: pipe.readFD, events: Int16(POLLIN), revents: 0),
        ]
        let milliseconds = timeout.map { Int32(clamping: max(1, Int(($0 / .milliseconds(1)).rounded(.up)))) } ?? -1
        let ready = poll(&fds, 2, milliseconds)
        var inputs: [Input] = []
        let signals = SignalWatch.take()
        if !signals.isDisjoint(with: [SIGINT, SIGTERM, SIGHUP]) { return [.stop] }
        if signals.contains(SIGTSTP) { curses.suspended(SignalWatch.stopSelf) }
        if !signals.isDisjoint(with: [SIGWINCH, SIGTSTP]), let size = Self.windowSize() {
            curses.resize(width: size.width, height: size.height)
            inputs.append(.resized(width: size.width, height: size.height))
        }
        guard ready > 0 else { return inputs }
        if fds[1].revents != 0 {
            pipe.drain()
            inputs.append(.woke)
        }
        if fds[0].revents & Int16(POLLHUP | POLLERR | POLLNVAL) != 0 {
            inputs.append(.stop)
        } else if fds[0].revents & Int16(POLLIN) != 0 {
            for input in curses.readInputs() {
                switch input {
                case .key(let key): inputs.append(.key(key))
                case .mouse(let mouse): inputs.append(.mouse(mouse))
                }
            }
        }
        return inputs
    }

    /// Shows `frame`.
    func draw(_ frame: Frame) {
        curses.draw(frame.grid, cursor: frame.cursor.map { ($0.x, $0.y) })
    }

    /// The terminal's size from the kernel (after SIGWINCH).
    private static func windowSize() -> (width: Int, height: Int)? {
        var size = winsize()
        guard ioctl(STDOUT_FILENO, UInt(TIOCGWINSZ), &size) == 0, size.ws_col > 0, size.ws_row > 0 else { return nil }
        return (Int(size.ws_col), Int(size.ws_row))
    }
}
