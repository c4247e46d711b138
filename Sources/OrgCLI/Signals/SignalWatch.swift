import Foundation
import Synchronization

/// The signals that have arrived and not been handled, one bit per signal number.
private let pendingSignals = Atomic<UInt64>(0)
/// The wake pipe's write end, for the handler (set once before the handlers are installed).
nonisolated(unsafe) private var signalWakeFD: Int32 = -1

/// Turns SIGINT, SIGTERM, SIGHUP and SIGWINCH into wake-ups of the main loop, so that the terminal is
/// restored (or re-laid out) by the main thread, never inside a signal handler.
package enum SignalWatch {
    /// The signals watched.
    static let watched: [Int32] = [SIGINT, SIGTERM, SIGHUP, SIGWINCH]

    /// Installs the handlers (and unblocks the signals, which a parent may have blocked); each arrival
    /// sets its bit and writes a byte to `pipe`.
    package static func install(waking pipe: WakePipe) {
        signalWakeFD = pipe.writeFD
        var set = sigset_t()
        sigemptyset(&set)
        for signal in watched { sigaddset(&set, signal) }
        sigprocmask(SIG_UNBLOCK, &set, nil)
        for signal in watched {
            var action = sigaction()
            action.__sigaction_handler.sa_handler = { number in
                pendingSignals.bitwiseOr(1 << UInt64(number), ordering: .sequentiallyConsistent)
                var byte: UInt8 = 1
                _ = write(signalWakeFD, &byte, 1)
            }
            sigemptyset(&action.sa_mask)
            action.sa_flags = 0
            sigaction(signal, &action, nil)
        }
    }

    /// The signals that arrived since the last call.
    package static func take() -> Set<Int32> {
        let bits = pendingSignals.exchange(0, ordering: .sequentiallyConsistent)
        return Set(watched.filter { bits & (1 << UInt64($0)) != 0 })
    }
}
