import Foundation
import Synchronization

/// The signals that have arrived and not been handled, one bit per signal number.
private let pendingSignals = Atomic<UInt64>(0)
/// The wake pipe's write end, for the handler (set once before the handlers are installed).
nonisolated(unsafe) private var signalWakeFD: Int32 = -1

/// Turns SIGINT, SIGTERM, SIGHUP and SIGWINCH (and, for the full-screen UI, SIGTSTP) into wake-ups of the
/// main loop, so that the terminal is restored (or re-laid out) by the main thread, never inside a signal
/// handler.
package enum SignalWatch {
    /// The signals watched.
    static let watched: [Int32] = [SIGINT, SIGTERM, SIGHUP, SIGWINCH]

    /// Installs the handlers (and unblocks the signals, which a parent may have blocked); each arrival
    /// sets its bit and writes a byte to `pipe`. With `suspend`, SIGTSTP (Ctrl-Z) is watched too: the
    /// caller gives the terminal back before it stops itself (`stopSelf`).
    package static func install(waking pipe: WakePipe, suspend: Bool = false) {
        signalWakeFD = pipe.writeFD
        let signals = watched + (suspend ? [SIGTSTP] : [])
        var set = sigset_t()
        sigemptyset(&set)
        for signal in signals { sigaddset(&set, signal) }
        sigprocmask(SIG_UNBLOCK, &set, nil)
        for signal in signals {
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
        return Set((watched + [SIGTSTP]).filter { bits & (1 << UInt64($0)) != 0 })
    }

    /// Stops the process as Ctrl-Z would have (SIGSTOP, which no handler catches); returns once the shell
    /// continues it (`fg`).
    package static func stopSelf() {
        kill(getpid(), SIGSTOP)
    }
}
