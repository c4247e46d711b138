import ChildProcesses
import CSV
import Foundation
import OrgModel
import OrgStore
import Testing

@testable import OrgTUI

/// `users list --all`, `--limit` and `--roles` through the real executable, on a store of 250 members and over
/// `orgtui serve`, with pages small enough to make many: ndjson and CSV parsed back equal the store's users
/// in order, each once.
@Suite struct ListAllCommandTests {
    typealias WireUser = ReadCommandTests.WireUser

    /// Every user of the store, in the list's order.
    static func storeUsers(_ fixture: MemberStoreFixture) async throws -> [User] {
        let backend = try SQLiteStore(openingAt: fixture.path).backend()
        var users: [User] = []
        var page = 1
        while case let items = try await backend.listUsers(UserQuery(pageNumber: page)).items, !items.isEmpty {
            users += items
            page += 1
        }
        return users
    }

    static func ndjson(_ output: String) throws -> [WireUser] {
        try output.split(separator: "\n").map { try JSONDecoder().decode(WireUser.self, from: Data($0.utf8)) }
    }

    static func csv(_ output: String) throws -> [[String]] {
        Array(AnyIterator(try CSVReader(string: output, hasHeaderRow: true).next))
    }

    @Test func everyPageFromTheStoreInOrderAsNdjsonAndCSV() async throws {
        let fixture = try MemberStoreFixture(members: 250)
        defer { fixture.remove() }
        let expected = try await Self.storeUsers(fixture)
        #expect(expected.count == 251)
        let ndjson = try await ReadCommandTests.orgtui(
            fixture, "users", "list", "--all", "--page-size", "7", "--concurrency", "3", "-o", "ndjson")
        #expect(ndjson.status == 0, "\(ndjson.errors)")
        #expect(try Self.ndjson(ndjson.output) == expected.map { WireUser(id: $0.id, name: $0.name, email: $0.email) })
        let csv = try await ReadCommandTests.orgtui(fixture, "users", "list", "--all", "--page-size", "9", "-o", "csv")
        #expect(csv.status == 0, "\(csv.errors)")
        #expect(try Self.csv(csv.output) == expected.map { [$0.id, $0.name, $0.email] })
    }

    /// Searches (which the store's pool of readers serves) beside single-user reads (read in place), many in
    /// flight: they once took every reader and every thread and waited for each other for ever. `timeout`
    /// ends a hung run with 124.
    @Test func manyReadsInFlightOnAStoreNeverWaitForEachOther() async throws {
        let fixture = try MemberStoreFixture(members: 250)
        defer { fixture.remove() }
        let run = try await ChildProcess.run([
            "/usr/bin/timeout", "60", MemberStoreFixture.binary, "users", "list", "--all", "--roles", "--search",
            "member", "--page-size", "5", "--concurrency", "32", "-o", "csv", "--store", fixture.path,
        ])
        #expect(run.status == 0, "status \(run.status) (124: it hung): \(run.errors)")
        #expect(try Self.csv(run.output).count == 250)
    }

    @Test func limitAndRolesWithAll() async throws {
        let fixture = try MemberStoreFixture(members: 250)
        defer { fixture.remove() }
        let expected = try await Self.storeUsers(fixture)
        let limited = try await ReadCommandTests.orgtui(
            fixture, "users", "list", "--all", "--page-size", "7", "--limit", "20", "-o", "ndjson")
        #expect(try Self.ndjson(limited.output).map(\.id) == expected.prefix(20).map(\.id))
        let roles = try await ReadCommandTests.orgtui(
            fixture, "users", "list", "--all", "--roles", "--page-size", "40", "--search", "member", "-o", "csv")
        #expect(roles.status == 0, "\(roles.errors)")
        let rows = try Self.csv(roles.output)
        #expect(rows.map { $0[0] } == (1...250).map(MemberStoreFixture.id))
        #expect(rows.map { $0[3] } == (1...250).map { $0 % 5 == 0 ? "analyst" : "developer" })
        let json = try await ReadCommandTests.orgtui(
            fixture, "users", "list", "--roles", "--page-size", "2", "-o", "json")
        let users = try JSONDecoder().decode([WireUser].self, from: Data(json.output.utf8))
        #expect(users.map(\.roles) == [["admin"], ["developer"]])
    }

    @Test func allWithPageIsAUsageError() async throws {
        let fixture = try MemberStoreFixture(members: 1)
        defer { fixture.remove() }
        let run = try await ReadCommandTests.orgtui(fixture, "users", "list", "--all", "--page", "2")
        #expect(run.status == 64)
        #expect(run.output.isEmpty)
        #expect(run.errors.hasPrefix("Error: --all reads every page from the first: leave out --page 2, or --all."))
    }

    @Test func everyPageOverTheAPIWithRoles() async throws {
        let fixture = try MemberStoreFixture(members: 250)
        defer { fixture.remove() }
        let expected = try await Self.storeUsers(fixture)
        let token = try await fixture.adminToken()
        let (server, url) = try await fixture.serve()
        defer { server.stop() }
        let api = [MemberStoreFixture.binary, "users", "list", "--api", url, "--all"]
        let withToken = ChildProcess.Environment.adding(["ORGTUI_TOKEN": token])
        let ndjson = try await ChildProcess.run(api + ["--page-size", "30", "-o", "ndjson"], environment: withToken)
        #expect(ndjson.status == 0, "\(ndjson.errors)")
        #expect(try Self.ndjson(ndjson.output) == expected.map { WireUser(id: $0.id, name: $0.name, email: $0.email) })
        let csv = try await ChildProcess.run(
            api + ["--page-size", "50", "--roles", "--limit", "60", "-o", "csv"], environment: withToken)
        #expect(csv.status == 0, "\(csv.errors)")
        let rows = try Self.csv(csv.output)
        #expect(rows.map { $0[0] } == expected.prefix(60).map(\.id))
        #expect(rows.first?[3] == "admin")
        #expect(rows.dropFirst().map { $0[3] } == (1...59).map { $0 % 5 == 0 ? "analyst" : "developer" })
    }
}
