import ChildProcesses
import CSV
import Foundation
import OrgModel
import OrgStore
import Testing

@testable import OrgCLI

/// `orgtui org`, `me`, `users list` and `users show` through the real executable on a store: each output
/// format parsed back and compared with what the store holds, hostile names neutralized in CSV and escaped
/// in the table, and the exit status of each kind of failure.
@Suite struct ReadCommandTests {
    /// The API's user as JSON has it.
    struct WireUser: Decodable, Equatable {
        var id: String
        var name: String
        var email: String
        var roles: [String]?
    }

    static let formula = "=cmd|' /C calc'!A0"
    static let controlled = "Eve\u{1B}[2J\u{7}\u{9B}Bell"

    /// A store of 12 members, the first named like a formula and the second with control characters.
    static func hostileStore() async throws -> MemberStoreFixture {
        let fixture = try MemberStoreFixture(members: 12)
        try await fixture.sql(
            "UPDATE member SET name = '=cmd|'' /C calc''!A0' WHERE id = '\(MemberStoreFixture.id(1))'")
        let controls = "'Eve' || char(27) || '[2J' || char(7) || char(155) || 'Bell'"
        try await fixture.sql("UPDATE member SET name = \(controls) WHERE id = '\(MemberStoreFixture.id(2))'")
        return fixture
    }

    static func orgtui(_ fixture: MemberStoreFixture, _ arguments: String...) async throws -> ChildProcess.Ended {
        try await fixture.orgtui(arguments)
    }

    static func storeUsers(_ fixture: MemberStoreFixture) async throws -> [User] {
        try await SQLiteStore(openingAt: fixture.path).backend().listUsers(UserQuery()).items
    }

    @Test func jsonListIsTheStoresPageWithTheAPIsFieldNames() async throws {
        let fixture = try await Self.hostileStore()
        defer { fixture.remove() }
        let run = try await Self.orgtui(fixture, "users", "list", "-o", "json")
        #expect(run.status == 0, "\(run.errors)")
        let users = try JSONDecoder().decode([WireUser].self, from: Data(run.output.utf8))
        let expected = try await Self.storeUsers(fixture).map { WireUser(id: $0.id, name: $0.name, email: $0.email) }
        #expect(users == expected)
        #expect(users.count == 13)
        #expect(users.contains { $0.name == Self.controlled })
        #expect(run.output.contains("Eve\\u001b[2J\\u0007\\u009bBell"))
    }

    @Test func ndjsonIsOneObjectALineAndLimitStopsEarly() async throws {
        let fixture = try await Self.hostileStore()
        defer { fixture.remove() }
        let run = try await Self.orgtui(
            fixture, "users", "list", "--output", "ndjson", "--page-size", "5", "--page", "2",
            "--limit", "3")
        #expect(run.status == 0, "\(run.errors)")
        let lines = run.output.split(separator: "\n")
        let users = try lines.map { try JSONDecoder().decode(WireUser.self, from: Data($0.utf8)) }
        let expected = try await Self.storeUsers(fixture)[5..<8].map {
            WireUser(id: $0.id, name: $0.name, email: $0.email)
        }
        #expect(users == Array(expected))
    }

    @Test func csvParsesBackWithFormulasNeutralized() async throws {
        let fixture = try await Self.hostileStore()
        defer { fixture.remove() }
        let run = try await Self.orgtui(fixture, "users", "list", "-o", "csv")
        #expect(run.status == 0, "\(run.errors)")
        #expect(run.output.hasSuffix("\r\n"))
        let reader = try CSVReader(string: run.output, hasHeaderRow: true)
        #expect(reader.headerRow == ["id", "name", "email"])
        let rows = Array(AnyIterator(reader.next))
        let expected = try await Self.storeUsers(fixture).map { [$0.id, CSVCell.neutralized($0.name), $0.email] }
        #expect(rows == expected)
        #expect(rows.contains { $0[1] == "'" + Self.formula })
        #expect(rows.contains { $0[1] == Self.controlled })
    }

    @Test func rawCSVKeepsTheFormula() async throws {
        let fixture = try await Self.hostileStore()
        defer { fixture.remove() }
        let run = try await Self.orgtui(fixture, "users", "list", "-o", "csv", "--raw-csv")
        let rows = Array(AnyIterator(try CSVReader(string: run.output, hasHeaderRow: true).next))
        #expect(rows.contains { $0[1] == Self.formula })
    }

    @Test func theTableEscapesControlCharacters() async throws {
        let fixture = try await Self.hostileStore()
        defer { fixture.remove() }
        let run = try await Self.orgtui(fixture, "users", "list")
        #expect(run.status == 0, "\(run.errors)")
        #expect(run.output.hasPrefix("ID "))
        #expect(run.output.contains("Eve^[[2J^G<U+009B>Bell"))
        #expect(run.output.contains(Self.formula))
        #expect(CommandOutputTests.controls(in: run.output).isEmpty)
    }

    @Test func showPrintsEachUserWithRoles() async throws {
        let fixture = try await Self.hostileStore()
        defer { fixture.remove() }
        let run = try await Self.orgtui(
            fixture, "users", "show", MemberStoreFixture.id(5), MemberStoreFixture.id(3),
            "-o", "json")
        #expect(run.status == 0, "\(run.errors)")
        let users = try JSONDecoder().decode([WireUser].self, from: Data(run.output.utf8))
        #expect(users.map(\.id) == [MemberStoreFixture.id(5), MemberStoreFixture.id(3)])
        #expect(users.map(\.roles) == [["analyst"], ["developer"]])
    }

    @Test func orgAndMeAreTheStoresAsOneObject() async throws {
        let fixture = try await Self.hostileStore()
        defer { fixture.remove() }
        let org = try await Self.orgtui(fixture, "org", "-o", "json")
        let object = try #require(try JSONSerialization.jsonObject(with: Data(org.output.utf8)) as? [String: Any])
        let stored = try await SQLiteStore(openingAt: fixture.path).backend().getOrganization()
        #expect(object["id"] as? String == stored.id)
        #expect(object["short_name"] as? String == "acme")
        #expect(object["name"] as? String == "Acme Robotics")
        let me = try await Self.orgtui(fixture, "me", "-o", "json")
        #expect(try JSONDecoder().decode(WireUser.self, from: Data(me.output.utf8)).roles == ["admin"])
    }

    @Test func anUnknownIdExitsNotFoundWithOneLineOnStderr() async throws {
        let fixture = try await Self.hostileStore()
        defer { fixture.remove() }
        let run = try await Self.orgtui(fixture, "users", "show", "nope")
        #expect(run.status == ExitStatus.notFound.rawValue)
        #expect(run.status == 3)
        #expect(run.output.isEmpty)
        #expect(run.errors == "Error: No user has the id nope.\n")
    }

    @Test(arguments: [["users", "list", "--page", "0"], ["users", "list", "-o", "xml"], ["users", "show"]])
    func aUsageErrorExits64(_ arguments: [String]) async throws {
        let fixture = try MemberStoreFixture(members: 1)
        defer { fixture.remove() }
        let run = try await fixture.orgtui(arguments)
        #expect(run.status == 64)
        #expect(run.output.isEmpty)
        #expect(run.errors.hasPrefix("Error: "))
    }

    @Test func overTheAPITheListIsTheStoresAndABadTokenExitsNotAllowed() async throws {
        let fixture = try await Self.hostileStore()
        defer { fixture.remove() }
        let token = try await fixture.adminToken()
        let (server, url) = try await fixture.serve()
        defer { server.stop() }
        let run = try await ChildProcess.run(
            [
                MemberStoreFixture.binary, "users", "list", "--api", url, "-o", "ndjson",
            ], environment: .adding(["ORGTUI_TOKEN": token]))
        #expect(run.status == 0, "\(run.errors)")
        let users = try run.output.split(separator: "\n").map {
            try JSONDecoder().decode(WireUser.self, from: Data($0.utf8))
        }
        let expected = try await Self.storeUsers(fixture).map { WireUser(id: $0.id, name: $0.name, email: $0.email) }
        #expect(users == expected)

        let wrong = String(token.dropLast()) + (token.last == "a" ? "b" : "a")
        let refused = try await ChildProcess.run(
            [MemberStoreFixture.binary, "me", "--api", url], environment: .adding(["ORGTUI_TOKEN": wrong]))
        #expect(refused.status == ExitStatus.notAllowed.rawValue, "\(refused.errors)")
        #expect(refused.errors.hasPrefix("Error: Not signed in"))
        #expect(!refused.errors.contains(String(token.split(separator: "_").last!)))
    }

    /// `orgtui audit` reads the log through the Backend: the same entries, oldest first, from the store and
    /// over the API; `--last` keeps the newest and `--user` one user's.
    @Test func theAuditLogIsTheSameFromTheStoreAndOverTheAPI() async throws {
        let fixture = try await Self.hostileStore()
        defer { fixture.remove() }
        for (n, role) in [(3, "analyst"), (4, "admin"), (3, "admin")] {
            let run = try await Self.orgtui(fixture, "users", "roles", MemberStoreFixture.id(n), "--add", role)
            #expect(run.status == 0, "\(run.errors)")
        }
        let token = try await fixture.adminToken()
        let (server, url) = try await fixture.serve()
        defer { server.stop() }
        let local = try await Self.orgtui(fixture, "audit", "-o", "ndjson")
        let remote = try await ChildProcess.run(
            [
                MemberStoreFixture.binary, "audit", "--api", url, "-o", "ndjson",
            ], environment: .adding(["ORGTUI_TOKEN": token]))
        #expect(local.status == 0 && remote.status == 0, "\(local.errors)\(remote.errors)")
        #expect(local.output == remote.output)
        let roles = local.output.split(separator: "\n").filter { $0.contains("\"set-roles\"") }
        #expect(roles.count == 3)
        #expect(roles.last?.contains("\"target\":\"\(MemberStoreFixture.id(3))\"") == true)
        #expect(roles.last?.contains("\"roles\":\"admin,developer,analyst\"") == true)

        let last = try await Self.orgtui(fixture, "audit", "--last", "1", "-o", "ndjson")
        #expect(last.output == String(roles.last!) + "\n")
        let one = try await Self.orgtui(fixture, "audit", "--user", MemberStoreFixture.id(4))
        #expect(one.output.split(separator: "\n").count == 2, "\(one.output)")
        #expect(one.output.contains("roles=admin"))
        let none = try await Self.orgtui(fixture, "audit", "--user", "nobody")
        #expect(none.output == "The audit log has nothing about nobody.\n")

        // The table names people as the log recorded them, sanitized; CSV adds the names after the old columns.
        #expect(one.output.contains("\(MemberStoreFixture.name(4)) <\(MemberStoreFixture.email(4))>"), "\(one.output)")
        let eve = try await Self.orgtui(fixture, "users", "roles", MemberStoreFixture.id(2), "--add", "admin")
        #expect(eve.status == 0, "\(eve.errors)")
        let aboutEve = try await Self.orgtui(fixture, "audit", "--user", MemberStoreFixture.id(2))
        #expect(aboutEve.output.contains("Eve^[[2J^G<U+009B>Bell <member.002@acme.test>"), "\(aboutEve.output)")
        #expect(CommandOutputTests.controls(in: aboutEve.output).isEmpty)
        let csv = try await Self.orgtui(fixture, "audit", "--last", "1", "-o", "csv")
        #expect(
            csv.output.hasPrefix(
                "at,actor,action,target,before,after,actor_name,actor_email,target_name,target_email\r\n"),
            "\(csv.output)")
        #expect(csv.output.contains(",member.002@acme.test\r\n"), "\(csv.output)")
    }
}
