import ChildProcesses
import Foundation
import OrgModel
import Testing

/// `users list --role`, `--email` and `--connection` through the real executable on a store of 250 members
/// (every fifth an analyst, the rest developers, Ada the admin), with `--search`, `--all` and the formats; the
/// line on stderr when one page of several was printed.
@Suite struct ListFilterCommandTests {
    static func ids(_ output: String) -> [String] {
        output.split(whereSeparator: \.isNewline).dropFirst().map { String($0.split(separator: ",")[0]) }
    }

    @Test func rolesEmailAndConnectionFilterTheList() async throws {
        let fixture = try MemberStoreFixture(members: 250)
        defer { fixture.remove() }
        let admins = try await fixture.orgtui(["users", "list", "--role", "admin", "-o", "csv"])
        #expect(admins.status == 0, "\(admins.errors)")
        #expect(Self.ids(admins.output) == [MemberStoreFixture.id(0)])
        let either = try await fixture.orgtui([
            "users", "list", "--role", "analyst", "--role", "admin", "--all", "-o", "csv",
        ])
        let listed = try await fixture.orgtui(["users", "list", "--role", "analyst,admin", "--all", "-o", "csv"])
        #expect(Self.ids(either.output).count == 51)
        #expect(either.output == listed.output)
        let email = try await fixture.orgtui([
            "users", "list", "--email", "MEMBER.01", "--role", "analyst", "-o", "csv",
        ])
        #expect(Self.ids(email.output) == [10, 15].map(MemberStoreFixture.id))
        let named = try await fixture.orgtui(
            [
                "users", "list", "--search", "member", "--email", "acme", "--connection", "password", "--limit", "3",
                "-o", "csv",
            ])
        #expect(Self.ids(named.output) == [1, 2, 3].map(MemberStoreFixture.id))
        let google = try await fixture.orgtui(["users", "list", "--connection", "google-oauth2", "-o", "json"])
        #expect(google.status == 0, "\(google.errors)")
        #expect(google.output.trimmingCharacters(in: .whitespacesAndNewlines) == "[]")
    }

    @Test(arguments: [
        (["--role", "owner"], "'owner' is not a role; use admin, developer or analyst."),
        (["--role", "admin,"], "'' is not a role; use admin, developer or analyst."),
        (["--connection", "saml"], "'saml' is not a connection; use google-oauth2 or password."),
        (["--email", String(repeating: "a", count: 255)], "longer than 254 characters"),
    ])
    func badFiltersExit64(_ arguments: [String], _ message: String) async throws {
        let fixture = try MemberStoreFixture(members: 3)
        defer { fixture.remove() }
        let run = try await fixture.orgtui(["users", "list"] + arguments)
        #expect(run.status == 64)
        #expect(run.errors.contains(message), "\(run.errors)")
        #expect(run.output.isEmpty)
    }

    @Test func onePageOfSeveralSaysSoOnStderr() async throws {
        let fixture = try MemberStoreFixture(members: 250)
        defer { fixture.remove() }
        let page = try await fixture.orgtui(["users", "list", "-o", "csv"])
        #expect(Self.ids(page.output).count == 100)
        #expect(page.errors.contains("100 of 251 users; --all for every page."), "\(page.errors)")
        let developers = try await fixture.orgtui([
            "users", "list", "--role", "developer", "--page", "2", "-o", "ndjson",
        ])
        #expect(developers.errors.contains("100 of 200 users; --all for every page."), "\(developers.errors)")
        for whole in [["--all"], ["--limit", "5"], ["--role", "admin"]] {
            let run = try await fixture.orgtui(["users", "list", "-o", "csv"] + whole)
            #expect(run.status == 0)
            #expect(!run.errors.contains("--all for every page"), "\(whole): \(run.errors)")
        }
    }
}
