import OrgModel
import OrgServer
import Synchronization
import Testing

/// `SharedRead`, which a PostgreSQL-backed serve reads its change counter through on every request: a caller
/// never gets a value read before it called (a commit it follows is always seen), and the callers that come
/// during a read share the next one.
@Suite struct SharedReadTests {
    /// A counter whose reads each take the value when they begin, then wait while their number is held.
    final class Counter: Sendable {
        private let state = Mutex<
            (value: Int, reads: Int, held: Set<Int>, waiting: [Int: CheckedContinuation<Void, Never>])
        >(
            (0, 0, [], [:]))
        /// The read numbers that fail with `.unavailable`.
        private let failing: Set<Int>

        init(holding held: Set<Int> = [], failing: Set<Int> = []) {
            state.withLock { $0.held = held }
            self.failing = failing
        }

        /// How many reads have begun.
        var reads: Int { state.withLock { $0.reads } }

        /// Commits a change.
        func bump() { state.withLock { $0.value += 1 } }

        /// Lets read `number` end.
        func release(_ number: Int) {
            state.withLock {
                $0.held.remove(number); return $0.waiting.removeValue(forKey: number)
            }?.resume()
        }

        func read() async throws(BackendError) -> Int {
            let (number, value) = state.withLock { state in
                state.reads += 1
                return (state.reads, state.value)
            }
            await withCheckedContinuation { continuation in
                let held = state.withLock { state in
                    if state.held.contains(number) { state.waiting[number] = continuation }
                    return state.held.contains(number)
                }
                if !held { continuation.resume() }
            }
            if failing.contains(number) { throw .unavailable("The database did not answer.") }
            return value
        }
    }

    @Test func aCallerComingDuringAReadGetsAValueReadAfterItCame() async throws {
        let counter = Counter(holding: [1])
        let shared = SharedRead { () throws(BackendError) in try await counter.read() }
        let arrivals = Arrivals()
        let first = Task { try await shared.value() }
        #expect(try await Arrivals.eventually { counter.reads == 1 })
        counter.bump()  // committed after read 1 began: read 1 cannot see it
        let second = Task {
            arrivals.arrive()
            return try await shared.value()
        }
        #expect(try await Arrivals.eventually { arrivals.now == 1 })
        counter.release(1)
        #expect(try await first.value == 0)
        #expect(try await second.value == 1, "the second caller came after the commit, so it must see it")
        #expect(counter.reads == 2)
    }

    @Test func callersComingDuringAReadShareTheNextRead() async throws {
        let counter = Counter(holding: [1])
        let shared = SharedRead { () throws(BackendError) in try await counter.read() }
        let arrivals = Arrivals()
        let first = Task { try await shared.value() }
        #expect(try await Arrivals.eventually { counter.reads == 1 })
        counter.bump()
        let callers = (0..<20).map { _ in
            Task {
                arrivals.arrive()
                return try await shared.value()
            }
        }
        #expect(try await Arrivals.eventually { arrivals.now == 20 })
        counter.release(1)
        #expect(try await first.value == 0)
        for caller in callers { #expect(try await caller.value == 1) }
        // Read 2 serves them all; one that reached value() only after read 2 began would share read 3.
        #expect(counter.reads <= 3, "20 callers during one read made \(counter.reads - 1) more reads")
    }

    @Test func aFailedReadFailsItsCallersAndTheNextCallerReadsAgain() async throws {
        let counter = Counter(failing: [1])
        let shared = SharedRead { () throws(BackendError) in try await counter.read() }
        await #expect(throws: BackendError.unavailable("The database did not answer.")) { try await shared.value() }
        counter.bump()
        #expect(try await shared.value() == 1)
        #expect(counter.reads == 2)
    }
}
