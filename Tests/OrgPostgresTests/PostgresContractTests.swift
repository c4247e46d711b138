import BackendContract
import OrgPostgres
import Testing

/// The Backend contract suite against PostgreSQL, one fresh database per check.
@Suite struct PostgresContractTests {
    @Test(.enabled(if: TestDatabase.url != nil, "\(TestDatabase.missing)"), arguments: BackendContract.checks)
    func contract(_ check: ContractCheck) async throws {
        try await TestDatabase.withDatabase { url in
            let store = try await TestDatabase.contractStore(url)
            defer { store.shutdown() }
            try await check.run(ContractFixture { id in store.backend(actingAs: id ?? "auth0|nobody") })
        }
    }

    /// Under `make test` the suite must not pass by skipping: a missing database fails here.
    @Test func databaseIsGivenWhenRequired() {
        #expect(!TestDatabase.required || TestDatabase.url != nil, "\(TestDatabase.missing)")
    }
}
