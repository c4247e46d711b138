import Foundation
import OrgModel
import Testing

@testable import OrgPostgres

/// The store counts its use of the pool around each call, for `GET /metrics`: a call holding a connection is
/// in use until it returns.
@Suite struct PostgresPoolUseTests {
    /// Polls `condition` until it holds or 30 s have passed.
    static func eventually(_ condition: () -> Bool) async throws -> Bool {
        let deadline = ContinuousClock.now + .seconds(30)
        while !condition() {
            guard ContinuousClock.now < deadline else { return false }
            try await Task.sleep(for: .milliseconds(10))
        }
        return true
    }

    @Test(.enabled(if: TestDatabase.url != nil, "\(TestDatabase.missing)"))
    func aCallHoldingAConnectionIsCountedInUseUntilItReturns() async throws {
        try await TestDatabase.withDatabase { url in
            let store = try await TestDatabase.contractStore(url)
            defer { store.shutdown() }
            #expect(store.poolUse.now == PostgresPoolUse.Counts(inUse: 0, waiting: 0, size: 20))
            let (released, release) = AsyncStream.makeStream(of: Void.self)
            let call = Task {
                try await store.read { _ in
                    for await _ in released { break }
                }
            }
            #expect(try await Self.eventually { store.poolUse.now.inUse == 1 })
            release.finish()
            try await call.value
            #expect(store.poolUse.now == PostgresPoolUse.Counts(inUse: 0, waiting: 0, size: 20))
        }
    }
}
