import OrgModel
import Synchronization
import Testing

@testable import OrgServer

/// `InFlightReads`, which serve's answer and token caches read through: the requests missing a cache together
/// (after a start or a change) make one read per key, not one each.
@Suite struct InFlightReadsTests {
    /// A read that counts its calls and, while `held`, waits until `release`.
    final class HeldRead: Sendable {
        private let state = Mutex<(reads: Int, held: Bool, waiting: [CheckedContinuation<Void, Never>])>((0, true, []))

        var reads: Int { state.withLock { $0.reads } }

        func release() {
            state.withLock { state in
                state.held = false
                defer { state.waiting = [] }
                return state.waiting
            }.forEach { $0.resume() }
        }

        func read(_ value: String) async throws(BackendError) -> String {
            state.withLock { $0.reads += 1 }
            await withCheckedContinuation { continuation in
                let held = state.withLock { state in
                    if state.held { state.waiting.append(continuation) }
                    return state.held
                }
                if !held { continuation.resume() }
            }
            if value.isEmpty { throw .unavailable("The database did not answer.") }
            return value
        }
    }

    @Test func callersOfOneKeyShareTheReadUnderWay() async throws {
        let reads = InFlightReads<String, String>()
        let read = HeldRead()
        let arrivals = Arrivals()
        let callers = (0..<20).map { _ in
            Task {
                arrivals.arrive()
                return try await reads.value(for: "page 1") { () throws(BackendError) in try await read.read("ann") }
            }
        }
        #expect(try await Arrivals.eventually { arrivals.now == 20 && read.reads >= 1 })
        read.release()
        for caller in callers { #expect(try await caller.value == "ann") }
        // A caller that reached value() only after the first read ended made a second one.
        #expect(read.reads <= 2, "20 callers of one key made \(read.reads) reads")
    }

    @Test func callersOfOtherKeysReadForThemselves() async throws {
        let reads = InFlightReads<String, String>()
        let read = HeldRead()
        let first = Task {
            try await reads.value(for: "page 1") { () throws(BackendError) in try await read.read("ann") }
        }
        let second = Task {
            try await reads.value(for: "page 2") { () throws(BackendError) in try await read.read("bob") }
        }
        #expect(try await Arrivals.eventually { read.reads == 2 })
        read.release()
        #expect(try await first.value == "ann")
        #expect(try await second.value == "bob")
    }

    @Test func aFailedReadFailsItsSharersAndTheNextCallerReadsAgain() async throws {
        let reads = InFlightReads<String, String>()
        let read = HeldRead()
        read.release()
        await #expect(throws: BackendError.unavailable("The database did not answer.")) {
            try await reads.value(for: "page 1") { () throws(BackendError) in try await read.read("") }
        }
        #expect(try await reads.value(for: "page 1") { () throws(BackendError) in try await read.read("ann") } == "ann")
        #expect(read.reads == 2)
    }
}
