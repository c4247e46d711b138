import BackendContract
import Foundation
import Testing

extension ServerTests {
    /// The roles of a 412's body, or nil when it has no `detail` string and `roles` list.
    func currentRoles(_ answer: Answer) -> [String]? {
        detailIsString(answer) ? (answer.json as? [String: Any])?["roles"] as? [String] : nil
    }

    @Test func getUserSendsARoleSetETagThatIfMatchOnPutRolesHonours() async throws {
        let harness = try await ServerHarness()
        let admin = harness.token(for: ContractData.me.id)
        let path = "/users/\(ContractData.member.id)"
        let read = try await send(harness, "GET", path, token: admin)
        #expect(read.status == 200 && read.eTag == #""roles:developer""#)
        let first = try await send(
            harness, "PUT", path + "/roles", token: admin, body: #"["analyst"]"#, ifMatch: read.eTag)
        #expect(first.status == 204)
        let stale = try await send(
            harness, "PUT", path + "/roles", token: admin, body: #"["admin"]"#, ifMatch: read.eTag)
        #expect(stale.status == 412 && currentRoles(stale) == ["analyst"])
        for garbage in [#"W/"roles:analyst""#, #""roles:analyst+analyst""#, "roles:analyst", #""""#] {
            let refused = try await send(
                harness, "PUT", path + "/roles", token: admin, body: #"["admin"]"#, ifMatch: garbage)
            #expect(refused.status == 412 && currentRoles(refused) == ["analyst"], "\(garbage)")
        }
        let listed = try await send(
            harness, "PUT", path + "/roles", token: admin, body: #"["admin","developer"]"#,
            ifMatch: #""roles:developer", "roles:analyst""#)
        #expect(listed.status == 204)
        let after = try await send(harness, "GET", path, token: admin)
        #expect(after.eTag == #""roles:admin+developer""#)
        let any = try await send(harness, "PUT", path + "/roles", token: admin, body: #"["developer"]"#, ifMatch: "*")
        let unconditional = try await send(harness, "PUT", path + "/roles", token: admin, body: #"["analyst"]"#)
        #expect(any.status == 204 && unconditional.status == 204)
        let missing = try await send(
            harness, "PUT", "/users/auth0%7Cnobody/roles", token: admin, body: #"["admin"]"#, ifMatch: read.eTag)
        #expect(missing.status == 404)
        await harness.stop()
    }
}
