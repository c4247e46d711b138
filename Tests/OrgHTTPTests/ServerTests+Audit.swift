import BackendContract
import Foundation
import OrgHTTP
import OrgModel
import Testing
import TestHTTPServers

/// `GET /audit`, the extension of orgtui serve: raw HTTP for the statuses and the JSON, and the HTTP
/// backend against a server that lacks the route.
extension ServerTests {
    @Test func auditIsForAdminsOnlyAndAnswersThePageAsJSON() async throws {
        let harness = try await ServerHarness()
        let admin = harness.token(for: ContractData.me.id)
        try await harness.fixture.admin.setRoles(id: ContractData.member.id, roles: [.analyst])
        let forbidden = try await send(
            harness, "GET", "/audit", token: harness.token(for: ContractData.member.id))
        #expect(forbidden.status == 403 && detailIsString(forbidden))
        #expect(try await send(harness, "GET", "/audit", token: nil).status == 401)
        let invalid = try await send(harness, "GET", "/audit?page_number=0", token: admin)
        #expect(invalid.status == 422 && detailIsValidationList(invalid))
        let page = try await send(
            harness, "GET", "/audit?page_size=1&user_id=\(ContractData.member.id)", token: admin)
        #expect(page.status == 200)
        let json = try #require(page.json as? [String: Any])
        let item = try #require((json["items"] as? [[String: Any]])?.first)
        #expect(json["count"] as? Int == 1)
        #expect(item["action"] as? String == "set-roles" && item["actor"] as? String == ContractData.me.id)
        #expect((item["after"] as? [String: Any])?["roles"] as? String == "analyst")
        #expect((item["at"] as? String)?.hasSuffix("Z") == true)
        await harness.stop()
    }

    @Test func aServerWithoutTheAuditRouteIsUnsupported() async throws {
        let server = try FaultServer { _, _ in .respond(status: 404, body: #"{"detail":"Not Found"}"#) }
        defer { server.stop() }
        let backend = HTTPBackend(
            baseURL: URL(string: "http://127.0.0.1:\(server.port)")!,
            credential: Credential(token: FaultTests.token)!)
        do {
            _ = try await backend.listAudit(AuditQuery())
            Issue.record("listAudit succeeded against a server without the route")
        } catch {
            #expect(error == .unsupported(BackendError.noAuditLog))
        }
        #expect(server.requests.map(\.path) == ["/audit?page_number=1&page_size=100"])
    }
}
