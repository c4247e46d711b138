import Foundation
import Synchronization

/// Ctrl-C (SIGINT), SIGTERM or SIGHUP during an import: once one has arrived, `requested` stays true, and
/// the import starts no more rows. The signals are caught by `SignalWatch`, as the terminal UI's are.
final class ImportStop: Sendable {
    private let pipe: WakePipe
    private let seen = Atomic(false)

    /// Catches the signals from now on.
    init() throws {
        pipe = try WakePipe()
        SignalWatch.install(waking: pipe)
    }

    /// Whether a stop was asked for.
    var requested: Bool {
        if seen.load(ordering: .relaxed) { return true }
        guard !SignalWatch.take().isDisjoint(with: [SIGINT, SIGTERM, SIGHUP]) else { return false }
        seen.store(true, ordering: .relaxed)
        return true
    }
}
