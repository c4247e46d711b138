import Foundation
import Testing

@testable import OrgCLI

/// `Blocking.wait` called from threads of Swift's shared pool, as the command tests call it: more waits at
/// once than the pool has threads must all end, since each wait's task runs on a thread of its own.
@Suite struct BlockingTests {
    @Test func moreWaitsThanThePoolHasThreadsAllEnd() async {
        let waits = ProcessInfo.processInfo.activeProcessorCount + 2
        let ended = Counter()
        for _ in 0..<waits {
            Task.detached {
                let answer = Blocking.wait { () async -> Int in
                    await Task.yield()
                    return 1
                }
                ended.add(answer)
            }
        }
        // A deadline for a deadlock, not a speed: the waits end in milliseconds or never. The polling itself
        // holds no thread (Task.sleep), or it would starve the tests running beside it.
        let deadline = ContinuousClock.now + .seconds(60)
        while ended.value < waits, ContinuousClock.now < deadline {
            try? await Task.sleep(for: .milliseconds(10))
        }
        #expect(ended.value == waits)
    }

    /// A count that the waiting threads add to.
    final class Counter: @unchecked Sendable {
        private let lock = NSLock()
        private var count = 0
        var value: Int { lock.withLock { count } }
        func add(_ amount: Int) { lock.withLock { count += amount } }
    }
}
