import Foundation
import OrgModel
import Testing

@testable import OrgPostgres

/// libpq's environment fills what the database URL leaves out, as every PostgreSQL tool reads it: PGHOST,
/// PGPORT, PGUSER, PGDATABASE, PGPASSWORD (before the password file) and PGSSLMODE; what the URL says wins.
@Suite struct PostgresEnvironmentTests {
    static let environment = [
        "PGHOST": "db.env", "PGPORT": "6543", "PGUSER": "envuser", "PGDATABASE": "envdb", "PGPASSWORD": "envsecret",
        "PGSSLMODE": "require", "PGPASSFILE": "/nonexistent",
    ]

    @Test func theEnvironmentFillsWhatTheURLLeavesOut() throws {
        let location = try PostgresLocation(url: "postgresql://", environment: Self.environment)
        #expect(location.configuration.host == "db.env")
        #expect(location.configuration.port == 6543)
        #expect(location.configuration.username == "envuser")
        #expect(location.configuration.database == "envdb")
        #expect(location.configuration.password == "envsecret")
        #expect(location.endpoint == "db.env:6543")
    }

    @Test func theURLsOwnPartsWinOverTheEnvironment() throws {
        let location = try PostgresLocation(
            url: "postgresql://urluser:urlsecret@db.url:7000/urldb?sslmode=disable", environment: Self.environment)
        #expect(location.configuration.host == "db.url")
        #expect(location.configuration.port == 7000)
        #expect(location.configuration.username == "urluser")
        #expect(location.configuration.database == "urldb")
        #expect(location.configuration.password == "urlsecret")
    }

    @Test func pgPasswordComesBeforeThePasswordFile() throws {
        let environment = try PostgresPassFileTests.home("*:*:*:*:fromfile\n")
        defer { try? FileManager.default.removeItem(atPath: environment["HOME"]!) }
        let url = "postgresql://orgtui@db.internal/acme"
        #expect(try PostgresLocation(url: url, environment: environment).configuration.password == "fromfile")
        var withVariable = environment
        withVariable["PGPASSWORD"] = "fromvariable"
        #expect(try PostgresLocation(url: url, environment: withVariable).configuration.password == "fromvariable")
    }

    @Test func aSocketDirectoryIsReachedThroughItsSocket() throws {
        let location = try PostgresLocation(
            url: "postgresql:///acme", environment: ["PGHOST": "/run/postgresql", "PGUSER": "orgtui"])
        #expect(location.configuration.unixSocketPath == "/run/postgresql/.s.PGSQL.5432")
        #expect(location.configuration.database == "acme")
    }

    @Test func anUnknownSSLModeOrPortIsRefusedWithWhereItCameFrom() throws {
        #expect {
            try PostgresLocation(url: "postgresql://u@h/d", environment: ["PGSSLMODE": "sometimes"])
        } throws: { error in
            guard case .invalid(let message) = error as? BackendError else { return false }
            return message.contains("sometimes") && message.contains("verify-full")
        }
        #expect {
            try PostgresLocation(url: "postgresql://u@h/d", environment: ["PGPORT": "five"])
        } throws: { error in
            guard case .invalid(let message) = error as? BackendError else { return false }
            return message.contains("PGPORT") && message.contains("five")
        }
    }
}
