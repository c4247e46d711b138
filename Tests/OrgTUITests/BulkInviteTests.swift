import Foundation
import OrgHTTP
import OrgModel
import OrgStore
import Synchronization
import TestHTTPServers
import Testing

@testable import OrgCLI

/// Sending an import's rows: a member already in the organization is skipped, a 429 is waited for and sent
/// again, a 500 (which may have been applied) is never repeated, and a stop starts no further row.
@Suite struct BulkInviteTests {
    static func rows(_ emails: [String]) -> [ImportRow] {
        emails.enumerated().map { index, email in
            ImportRow(line: index + 2, invitation: Invitation(email: email, name: "Person \(index)", roles: [.analyst]))
        }
    }

    static func http(_ server: FaultServer) -> HTTPBackend {
        HTTPBackend(
            baseURL: URL(string: "http://127.0.0.1:\(server.port)")!,
            credential: Credential(token: "robot@acme.test:mpat_importcanary0123456789")!)
    }

    /// An invitation as the API sends it: `connection` null means a username and password.
    struct WireInvitation: Decodable {
        var email: String
        var name: String
        var roles: Set<Role>
        var connection: String?

        var invitation: Invitation {
            Invitation(
                email: email, name: name, roles: roles,
                connection: connection == nil ? .usernamePassword : .googleOAuth2)
        }
    }

    /// The invitation a request to the fault server carries.
    static func invitation(_ request: FaultServer.Request) -> Invitation? {
        try? JSONDecoder().decode(WireInvitation.self, from: Data(request.body.utf8)).invitation
    }

    /// The email a request to the fault server invites.
    static func email(_ request: FaultServer.Request) -> String { invitation(request)?.email ?? "" }

    @Test func aMemberIsSkippedAndTheOthersAreInvited() async throws {
        let fixture = try MemberStoreFixture(members: 3)
        defer { fixture.remove() }
        let rows = Self.rows(["new.one@acme.test", MemberStoreFixture.email(2), "new.two@acme.test"])
        let result = await BulkInvite(backend: fixture.store.backend(), concurrency: 2).run(rows) { false }
        #expect(result.outcomes[0] == .invited && result.outcomes[2] == .invited)
        #expect(result.outcomes[1] == .skipped("member.002@acme.test is already a member of the organization."))
        #expect(result.ending == nil)
        #expect(try fixture.store.outbox().map(\.recipient).sorted() == ["new.one@acme.test", "new.two@acme.test"])
    }

    @Test func a429IsWaitedForAndSentAgainButA500IsNot() async throws {
        let server = try FaultServer { index, request in
            if index == 1 { return .respond(status: 429, headers: ["Retry-After": "1"]) }
            return Self.email(request) == "boom@acme.test"
                ? .respond(status: 500, body: #"{"detail":"database down"}"#) : .respond(status: 201)
        }
        defer { server.stop() }
        let rows = Self.rows(["a@acme.test", "busy@acme.test", "boom@acme.test", "b@acme.test"])
        let result = await BulkInvite(backend: Self.http(server), concurrency: 1).run(rows) { false }
        #expect(
            result.outcomes == [
                .invited, .invited,
                .failed(
                    "Failed: the server failed (HTTP 500): database down. The change may have been applied: check "
                        + "before repeating it."),
                .invited,
            ])
        let requests = server.requests
        #expect(
            requests.map(Self.email) == [
                "a@acme.test", "busy@acme.test", "busy@acme.test", "boom@acme.test", "b@acme.test",
            ])
        #expect(requests.count == 5 && requests[2].arrival - requests[1].arrival >= .seconds(1))
    }

    @Test func aStopStartsNoFurtherRowAndEndsThoseInFlight() async throws {
        let server = try FaultServer { _, _ in .respond(status: 201) }
        defer { server.stop() }
        let stopped = Latch()
        let rows = Self.rows((1...6).map { "p\($0)@acme.test" })
        let result = await BulkInvite(backend: Self.http(server), concurrency: 2).run(
            rows, shouldStop: { stopped.isSet }, ended: { _, _ in stopped.set() })
        #expect(result.outcomes[0...1] == [.invited, .invited])
        #expect(result.outcomes[2...].allSatisfy { $0 == .notSent })
        #expect(server.requests.count == 2)
    }

    @Test func a401EndsTheRun() async throws {
        let server = try FaultServer { _, _ in .respond(status: 401, body: #"{"detail":"expired"}"#) }
        defer { server.stop() }
        let result = await BulkInvite(backend: Self.http(server), concurrency: 1).run(
            Self.rows(["a@x.test", "b@x.test"])
        ) {
            false
        }
        #expect(result.ending == .unauthorized)
        #expect(result.outcomes[1] == .notSent)
        #expect(server.requests.count == 1)
    }

    /// A flag that a row's end sets and the stop question reads.
    final class Latch: Sendable {
        private let value = Atomic(false)
        var isSet: Bool { value.load(ordering: .relaxed) }
        func set() { value.store(true, ordering: .relaxed) }
    }
}
