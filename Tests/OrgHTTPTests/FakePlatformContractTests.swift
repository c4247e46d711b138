import BackendContract
import OrgHTTP
import OrgModel
import Testing

/// The Backend contract suite, unchanged, against HTTPBackend with the map read from a platform whose
/// paths, methods, operationIds and parameter names all differ from ours (`FakePlatform`, our server
/// behind a shim), as `orgtui login` reads it from the platform's `/openapi.json`. Like the real platform, it
/// keeps no list of invitations: both of their operations are refused, unsent.
@Suite struct FakePlatformContractTests {
    @Test(arguments: BackendContract.checks)
    func contract(_ check: ContractCheck) async throws {
        let harness = try await ServerHarness(asFakePlatform: true)
        do {
            let document = try await PlatformDocument.fetch(PlatformDocument.defaultURL(api: harness.baseURL))
            let map = try #require(OperationMap(documentData: document))
            #expect(map.unmapped.keys.sorted() == ["listInvitations", "revokeInvitation"])
            var fixture = harness.fixture(operations: map)
            fixture.keepsInvitations = false
            try await check.run(fixture)
        } catch {
            await harness.stop()
            throw error
        }
        await harness.stop()
    }

    @Test func ourOwnPathsAreNotFoundThere() async throws {
        let harness = try await ServerHarness(asFakePlatform: true)
        await #expect(throws: BackendError.notFound) { try await harness.fixture.admin.getMe() }
        await harness.stop()
    }
}
