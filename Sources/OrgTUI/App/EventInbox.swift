import OrgCLI
import OrgModel
import Synchronization

/// Where the effect runner's answers wait for the main loop: `post` (any thread) queues an event under
/// a lock and wakes the loop; the loop `take`s them all.
final class EventInbox: Sendable {
    private let queue = Mutex<[Event]>([])
    private let pipe: WakePipe

    init(pipe: WakePipe) { self.pipe = pipe }

    /// Queues `event` and wakes the main loop.
    func post(_ event: Event) {
        queue.withLock { $0.append(event) }
        pipe.wake()
    }

    /// Wakes the main loop with no event: something else waits for it (a token to ask for).
    func wake() {
        pipe.wake()
    }

    /// The queued events, oldest first, leaving the queue empty.
    func take() -> [Event] {
        queue.withLock { queue in
            defer { queue.removeAll() }
            return queue
        }
    }
}
