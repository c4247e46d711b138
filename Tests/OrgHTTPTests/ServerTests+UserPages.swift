import BackendContract
import Foundation
import OrgModel
import OrgRecords
import OrgStore
import Testing

/// listUsers' answers, which the server keeps while the store is unchanged: every change, from this server or
/// from another process, is in the next answer, and each member and query gets answers of its own.
extension ServerTests {
    /// The names on the page that `query` asks for, as `token`'s member sees them.
    func names(_ harness: ServerHarness, _ query: String, token: String) async throws -> [String] {
        let answer = try await send(harness, "GET", "/users" + query, token: token)
        let items = try #require((answer.json as? [String: Any])?["items"] as? [[String: Any]])
        return items.compactMap { $0["name"] as? String }
    }

    @Test func listUsersAnswersEveryChangeFromThisServerOrAnotherProcess() async throws {
        let harness = try await ServerHarness()
        let admin = harness.token(for: ContractData.me.id)
        let first = try await names(harness, "?page_size=100", token: admin)
        #expect(try await names(harness, "?page_size=100", token: admin) == first)
        #expect(try await names(harness, "?page_size=1", token: admin) == Array(first.prefix(1)))

        // Another store instance has connections of its own, as another process would.
        try SQLiteStore(openingAt: harness.store.path).importMembers([
            MemberSeed(name: "Aaron Aardvark", email: "aaron@acme.test", roles: [.analyst], connection: .googleOAuth2)
        ])
        let imported = try await names(harness, "?page_size=100", token: admin)
        #expect(imported == Array((["Aaron Aardvark"] + first).prefix(100)))
        #expect(try await names(harness, "?page_size=1", token: admin) == ["Aaron Aardvark"])

        let member = harness.token(for: ContractData.member.id)
        #expect(try await names(harness, "?page_size=100", token: member) == imported)
        try await harness.fixture.admin.deleteUser(id: ContractData.member.id)
        #expect(try await send(harness, "GET", "/users?page_size=100", token: member).status == 401)
        let deleted = try await names(harness, "?page_size=100", token: admin)
        #expect(deleted.count == 100 && !deleted.contains(ContractData.member.name))
        await harness.stop()
    }
}
