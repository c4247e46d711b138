import Synchronization

/// The deadlines of the leases waiting for a connection (`PostgresClient.lease`), kept by one task for the whole
/// process rather than a timer per lease: every `tick` while a lease waits, it cancels the leases past their
/// deadline. With no lease waiting, it runs nothing.
final class LeaseWatchdog: Sendable {
    /// The watchdog of every lease in this process.
    static let shared = LeaseWatchdog(tick: .milliseconds(100))

    /// A lease waiting for its connection: when it gives up, how to cancel it, and whether it gave up.
    private struct Waiting {
        let deadline: ContinuousClock.Instant
        var cancel: (@Sendable () -> Void)?
        var expired = false
    }

    private let tick: Duration
    /// The leases waiting (and those that gave up, until they end), the last number given, and whether the
    /// watchdog's task runs.
    private let state = Mutex<(waiting: [Int: Waiting], last: Int, running: Bool)>(([:], 0, false))

    init(tick: Duration) {
        self.tick = tick
    }

    /// Watches a new lease that gives up at `deadline`, and returns its number.
    func watch(until deadline: ContinuousClock.Instant) -> Int {
        let (number, start) = state.withLock { state in
            state.last += 1
            state.waiting[state.last] = Waiting(deadline: deadline)
            defer { state.running = true }
            return (state.last, !state.running)
        }
        if start { Task { await run() } }
        return number
    }

    /// How to cancel lease `number`; called at once if it has already given up.
    func cancel(_ number: Int, with cancel: @escaping @Sendable () -> Void) {
        let expired = state.withLock { state in
            state.waiting[number]?.cancel = cancel
            return state.waiting[number]?.expired == true
        }
        if expired { cancel() }
    }

    /// Whether lease `number` got its connection before its deadline; if so it is no longer watched.
    func leased(_ number: Int) -> Bool {
        state.withLock { state in
            guard state.waiting[number]?.expired == false else { return false }
            state.waiting[number] = nil
            return true
        }
    }

    /// Forgets lease `number`, and tells whether it gave up waiting.
    func end(_ number: Int) -> Bool {
        state.withLock { $0.waiting.removeValue(forKey: number)?.expired == true }
    }

    /// Every `tick`, gives up the leases past their deadline; ends when none waits.
    private func run() async {
        while true {
            try? await Task.sleep(for: tick)
            let now = ContinuousClock.now
            let (cancels, goesOn) = state.withLock { state in
                var cancels: [@Sendable () -> Void] = []
                for (number, lease) in state.waiting where !lease.expired && lease.deadline <= now {
                    state.waiting[number]?.expired = true
                    cancels += lease.cancel.map { [$0] } ?? []
                }
                state.running = state.waiting.values.contains { !$0.expired }
                return (cancels, state.running)
            }
            cancels.forEach { $0() }
            guard goesOn else { return }
        }
    }
}
