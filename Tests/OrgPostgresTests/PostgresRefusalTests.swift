import Foundation
import OrgModel
import OrgPostgres
import Testing

/// A database that refuses the connection says why at once, in one sentence, and is not waited for: a wrong
/// password, a password it asks for and nobody gave, a database that does not exist, TLS it does not offer,
/// a port where nothing listens. The test cluster asks members of the role `orgtui_password` for a password
/// (scripts/postgres-cluster); everyone else is trusted.
@Suite struct PostgresRefusalTests {
    /// The message of the `BackendError` that opening `url` threw, with `environment` for libpq's variables.
    static func refusal(_ url: String, environment: [String: String] = [:]) async -> String? {
        do throws(BackendError) {
            let store = try await PostgresStore.open(PostgresLocation(url: url, environment: environment))
            store.shutdown()
            return nil
        } catch .unusableStore(let message), .unavailable(let message), .invalid(let message) {
            return message
        } catch {
            return "\(error)"
        }
    }

    /// `url` with its user (and password) replaced.
    static func url(_ url: String, user: String, password: String? = nil, database: String? = nil) -> String {
        var components = URLComponents(string: url)!
        components.user = user
        components.password = password
        if let database { components.path = "/" + database }
        return components.string!
    }

    /// A new role that must give `password`, dropped after `body`.
    static func withPasswordRole(_ body: (String, String) async throws -> Void) async throws {
        let url = try #require(TestDatabase.url)
        let role = "orgtui_pw_" + UUID().uuidString.prefix(8).lowercased()
        let password = "right-" + UUID().uuidString
        _ = try await TestDatabase.execute(
            url,
            """
            DO $$ BEGIN CREATE ROLE orgtui_password NOLOGIN; EXCEPTION WHEN duplicate_object THEN NULL; END $$
            """)
        _ = try await TestDatabase.execute(
            url, "CREATE ROLE \(role) LOGIN PASSWORD '\(password)' IN ROLE orgtui_password")
        do {
            try await body(role, password)
        } catch {
            _ = try? await TestDatabase.execute(url, "DROP ROLE \(role)")
            throw error
        }
        _ = try await TestDatabase.execute(url, "DROP ROLE \(role)")
    }

    @Test(.enabled(if: TestDatabase.url != nil, "\(TestDatabase.missing)"))
    func aWrongPasswordIsRefusedAtOnceWithoutThePassword() async throws {
        let base = try #require(TestDatabase.url)
        try await Self.withPasswordRole { role, password in
            let wrong = await Self.refusal(Self.url(base, user: role, password: "wrong-guess"))
            #expect(wrong?.contains("refused the password of \(role)") == true, "\(wrong ?? "opened")")
            #expect(wrong?.contains("wrong-guess") == false)
            let missing = await Self.refusal(
                Self.url(base, user: role), environment: ["PGPASSFILE": "/nonexistent"])
            #expect(missing?.contains("asks for the password of \(role)") == true, "\(missing ?? "opened")")
            try await TestDatabase.withDatabase { url in
                let database = try #require(URLComponents(string: url)).path.dropFirst()
                _ = try await TestDatabase.execute(url, "ALTER DATABASE \(database) OWNER TO \(role)")
                let signedIn = await Self.refusal(
                    Self.url(url, user: role), environment: ["PGPASSWORD": password, "PGPASSFILE": "/nonexistent"])
                #expect(signedIn?.contains("holds no organization") == true, "PGPASSWORD signs in: \(signedIn ?? "")")
            }
        }
    }

    @Test(.enabled(if: TestDatabase.url != nil, "\(TestDatabase.missing)"))
    func anUnknownDatabaseIsRefusedAtOnce() async throws {
        let base = try #require(TestDatabase.url)
        let message = await Self.refusal(Self.url(base, user: "orgtui", database: "nope_no_such_db"))
        #expect(message?.contains("database \"nope_no_such_db\" does not exist") == true, "\(message ?? "opened")")
        #expect(message?.contains("did not answer") == false)
    }

    @Test(.enabled(if: TestDatabase.url != nil, "\(TestDatabase.missing)"))
    func tlsTheServerDoesNotOfferIsRefusedAtOnce() async throws {
        let base = try #require(TestDatabase.url)
        let message = await Self.refusal(base + "?sslmode=require")
        #expect(message?.contains("does not offer TLS") == true, "\(message ?? "opened")")
    }

    @Test func aPortWhereNothingListensIsSaidAtOnce() async throws {
        let listener = socket(AF_INET, Int32(SOCK_STREAM.rawValue), 0)
        var address = sockaddr_in()
        address.sin_family = sa_family_t(AF_INET)
        address.sin_addr.s_addr = inet_addr("127.0.0.1")
        var length = socklen_t(MemoryLayout<sockaddr_in>.size)
        _ = withUnsafeMutablePointer(to: &address) {
            $0.withMemoryRebound(to: sockaddr.self, capacity: 1) { pointer in
                bind(listener, pointer, length)
                return getsockname(listener, pointer, &length)
            }
        }
        let port = Int(UInt16(bigEndian: address.sin_port))
        close(listener)  // bound, never listening, now closed: nothing listens on the port
        let message = await Self.refusal("postgresql://orgtui@127.0.0.1:\(port)/acme")
        #expect(message?.contains("Nothing listens on 127.0.0.1:\(port)") == true, "\(message ?? "opened")")
    }
}
