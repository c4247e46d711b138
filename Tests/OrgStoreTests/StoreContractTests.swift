import BackendContract
import OrgStore
import Testing

/// The Backend contract suite against a store in a temporary file, one fresh store per check.
@Suite struct StoreContractTests {
    @Test(arguments: BackendContract.checks)
    func contract(_ check: ContractCheck) async throws {
        let directory = try TemporaryDirectory()
        defer { directory.remove() }
        let store = try StoreFixtures.contractStore(at: directory.file("org.sqlite"))
        try await check.run(ContractFixture { id in store.backend(actingAs: id ?? "auth0|nobody") })
    }
}
