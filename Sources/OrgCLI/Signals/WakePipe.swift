import Foundation

/// A pipe that wakes the main loop's poll(): other threads (and signal handlers) write one byte, the
/// loop drains it. Both ends are non-blocking, so a full pipe never blocks a writer.
package final class WakePipe: Sendable {
    /// The end the main loop polls.
    package let readFD: Int32
    /// The end writers write to.
    let writeFD: Int32

    package init() throws {
        var fds: [Int32] = [0, 0]
        guard pipe(&fds) == 0 else { throw POSIXError(POSIXErrorCode(rawValue: errno) ?? .EIO) }
        readFD = fds[0]
        writeFD = fds[1]
        for fd in fds {
            _ = fcntl(fd, F_SETFL, fcntl(fd, F_GETFL) | O_NONBLOCK)
            _ = fcntl(fd, F_SETFD, FD_CLOEXEC)
        }
    }

    deinit {
        close(readFD)
        close(writeFD)
    }

    /// Wakes the loop; harmless when it is already awake.
    package func wake() {
        var byte: UInt8 = 1
        _ = write(writeFD, &byte, 1)
    }

    /// Empties the pipe after a wake-up.
    package func drain() {
        var buffer = [UInt8](repeating: 0, count: 256)
        while read(readFD, &buffer, buffer.count) > 0 {}
    }
}
