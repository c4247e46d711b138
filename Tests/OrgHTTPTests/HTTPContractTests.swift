import BackendContract
import OrgHTTP
import Testing

/// The Backend contract suite, unchanged, against HTTPBackend -> OrgServer on a loopback port -> a
/// temporary SQLite store, one fresh store and server per check.
@Suite struct HTTPContractTests {
    @Test(arguments: BackendContract.checks)
    func contract(_ check: ContractCheck) async throws {
        let harness = try await ServerHarness()
        do {
            try await check.run(harness.fixture)
        } catch {
            await harness.stop()
            throw error
        }
        await harness.stop()
    }
}
