import BackendContract
import Testing

/// The Backend contract suite, unchanged, against HTTPBackend -> the server of `orgtui serve --database` on a
/// loopback port -> a PostgreSQL store, one fresh database and server per check.
@Suite struct PostgresHTTPContractTests {
    @Test(.enabled(if: TestDatabase.url != nil, "\(TestDatabase.missing)"), arguments: BackendContract.checks)
    func contract(_ check: ContractCheck) async throws {
        try await TestDatabase.withDatabase { url in
            let store = try await TestDatabase.contractStore(url)
            defer { store.shutdown() }
            let harness = try await PostgresServerHarness(store: store, url: url)
            do {
                try await check.run(harness.fixture)
            } catch {
                await harness.stop()
                throw error
            }
            await harness.stop()
        }
    }
}
