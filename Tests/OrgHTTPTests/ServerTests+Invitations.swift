import BackendContract
import Foundation
import OrgHTTP
import OrgModel
import Testing
import TestHTTPServers

/// `GET /invitations` and `DELETE /invitations/{email}`, the extensions of orgtui serve: raw HTTP for the
/// statuses and the JSON, and the HTTP backend against a server whose document does not declare them.
extension ServerTests {
    @Test func invitationsAreForAdminsOnlyListedAsJSONAndRevokedOnce() async throws {
        let harness = try await ServerHarness()
        let admin = harness.token(for: ContractData.me.id)
        let member = harness.token(for: ContractData.member.id)
        try await harness.fixture.admin.inviteUser(
            Invitation(
                email: "ann.typo@exmaple.com", name: "Ann Typo", roles: [.analyst], connection: .usernamePassword))
        for (method, path) in [("GET", "/invitations"), ("DELETE", "/invitations/ann.typo@exmaple.com")] {
            let forbidden = try await send(harness, method, path, token: member)
            #expect(forbidden.status == 403 && detailIsString(forbidden))
            #expect(try await send(harness, method, path, token: nil).status == 401)
        }
        let invalid = try await send(harness, "GET", "/invitations?page_size=-1", token: admin)
        #expect(invalid.status == 422 && detailIsValidationList(invalid))
        let page = try await send(harness, "GET", "/invitations", token: admin)
        #expect(page.status == 200)
        let json = try #require(page.json as? [String: Any])
        let item = try #require((json["items"] as? [[String: Any]])?.first)
        #expect(json["count"] as? Int == 1)
        #expect(
            item["email"] as? String == "ann.typo@exmaple.com" && item["connection"] as? String == "username-password")
        #expect(item["roles"] as? [String] == ["analyst"] && item["invited_by"] as? String == ContractData.me.id)
        #expect((item["invited_at"] as? String)?.hasSuffix("Z") == true)

        let revoked = try await send(harness, "DELETE", "/invitations/ANN.TYPO%40exmaple.com", token: admin)
        #expect(revoked.status == 204)
        let again = try await send(harness, "DELETE", "/invitations/ann.typo@exmaple.com", token: admin)
        #expect(again.status == 404)
        #expect(
            (again.json as? [String: Any])?["detail"] as? String
                == OrganizationRules.notInvited("ann.typo@exmaple.com"))
        for (method, path) in [("POST", "/invitations"), ("GET", "/invitations/ann.typo@exmaple.com")] {
            let wrong = try await send(harness, method, path, token: admin)
            #expect(wrong.status == 405 && detailIsString(wrong), "\(method) \(path)")
        }
        let long = String(repeating: "a", count: 250) + "@x.io"
        #expect(try await send(harness, "DELETE", "/invitations/\(long)", token: admin).status == 422)
        await harness.stop()
    }

    @Test func aServerWhoseDocumentLacksThemIsNeverSentAnInvitationRequest() async throws {
        let server = try FaultServer { _, request in
            request.path == "/openapi.json"
                ? .respond(
                    status: 200, body: #"{"openapi":"3.1.0","paths":{"/users":{"get":{"operationId":"listUsers"}}}}"#)
                : .respond(status: 404, body: #"{"detail":"Not Found"}"#)
        }
        defer { server.stop() }
        let backend = HTTPBackend(
            baseURL: URL(string: "http://127.0.0.1:\(server.port)")!,
            credential: Credential(token: FaultTests.token)!)
        let unsupported = BackendError.unsupported(BackendError.noInvitations)
        #expect(try await Refusal.of { _ = try await backend.listInvitations(InvitationQuery()) } == unsupported)
        #expect(try await Refusal.of { try await backend.revokeInvitation(email: "a@b.io") } == unsupported)
        #expect(server.requests.map(\.path) == ["/openapi.json"])
    }
}
