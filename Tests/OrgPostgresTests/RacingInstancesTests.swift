import ChildProcesses
import Foundation
import OrgHTTP
import OrgModel
import OrgRecords
import OrgStore
import Testing

/// Every rule of contract.md holds across instances: two real `orgtui serve` processes on one database
/// (PostgreSQL, and a SQLite store file), raced by concurrent clients (issue 13). The races are real, so each
/// round may order the two sides either way; the checks hold for every order and break for the interleavings a
/// missing lock or check would allow (without PostgreSQL's write lock, or with tokens cached for ever, every
/// test here fails).
@Suite
struct RacingInstancesTests {
    private let ada = RacingCluster.ada
    private let alan = RacingCluster.alan
    private let adaID = RacingCluster.ada.id!
    private let alanID = RacingCluster.alan.id!
    private let tomID = RacingCluster.tom.id!

    @Test(arguments: RacingCluster.engines) func fourWritersAcrossTwoInstancesLoseNoUpdateAndInviteEachEmailOnce(
        engine: RacingCluster.Engine
    ) async throws {
        try await RacingCluster.with(engine) { cluster in
            let adaToken = try await cluster.token(for: ada.email).token
            let tokens = [adaToken, try await cluster.token(for: alan.email).token]
            // Ada and Alan each write through both instances: four writers.
            let writers = (0..<4).map { cluster.instances[$0 % 2].client(tokens[$0 / 2]) }
            let emails = (0..<6).map { "invitee\($0)@acme.test" }
            let outcomes = await withTaskGroup(of: WriterOutcome.self) { group in
                for (index, writer) in writers.enumerated() {
                    group.addTask { await Self.write(writer, index: index, target: RacingCluster.tom.id!, emails) }
                }
                return await group.reduce(into: []) { $0.append($1) }
            }
            #expect(outcomes.flatMap(\.unexpected) == [])
            let invited = outcomes.flatMap(\.invited)
            for email in emails {
                #expect(invited.filter { $0 == email }.count == 1, "\(email) invited once: 201 once, 409 after")
            }
            let acknowledged = outcomes.flatMap(\.changes)
            #expect(!acknowledged.isEmpty)
            // The log of Tom's role changes, oldest first: a chain from his seeded roles to his roles now, with
            // exactly the acknowledged changes in it (a lost update breaks the chain or the count).
            let reader = cluster.instances[0].client(tokens[0])
            let log = try await reader.listAudit(AuditQuery(pageSize: 100, userID: tomID)).items
                .filter { $0.action == "set-roles" }.reversed().map {
                    ($0.before?["roles"] ?? "?", $0.after?["roles"] ?? "?")
                }
            #expect(log.count == acknowledged.count)
            var roles = RacingCluster.tom.roles.label
            for (before, after) in log {
                #expect(before == roles, "each change is based on the one before it")
                roles = after
            }
            #expect(try await reader.getUser(id: tomID).roles.label == roles)
            #expect(
                log.map { "\($0.0)>\($0.1)" }.sorted()
                    == acknowledged.map { "\($0.from.label)>\($0.to.label)" }.sorted(),
                "every acknowledged change is in the log as it was acknowledged")
        }
    }

    @Test(arguments: RacingCluster.engines) func twoAdminsDemotingEachOtherThroughTwoInstancesLeaveOneAdmin(
        engine: RacingCluster.Engine
    ) async throws {
        try await RacingCluster.with(engine) { cluster in
            var tokens = [adaID: try await cluster.token(for: ada.email).token]
            tokens[alanID] = try await cluster.token(for: alan.email).token
            for round in 0..<20 {
                let clients = try await Self.warm(cluster, round: round, tokens[adaID]!, tokens[alanID]!)
                async let adaDemotesAlan = Self.outcome {
                    try await clients[0].setRoles(id: alanID, roles: [.developer])
                }
                async let alanDemotesAda = Self.outcome {
                    try await clients[1].setRoles(id: adaID, roles: [.developer])
                }
                let (first, second) = await (adaDemotesAlan, alanDemotesAda)
                let admins = try await cluster.admins()
                try #require(admins.count == 1, "round \(round): \(first) and \(second) left admins \(admins)")
                let adaWon = admins == [adaID]
                #expect((adaWon ? first : second) == nil)
                // The loser is no admin by the time its change runs: 403 (409 would also keep the rule).
                #expect(["403", "409"].contains(Self.status(adaWon ? second : first)), "round \(round)")
                try await clients[adaWon ? 0 : 1].setRoles(id: adaWon ? alanID : adaID, roles: [.admin])
            }
        }
    }

    @Test(arguments: RacingCluster.engines) func twoAdminsDeletingEachOtherThroughTwoInstancesLeaveOneAdmin(
        engine: RacingCluster.Engine
    ) async throws {
        try await RacingCluster.with(engine) { cluster in
            // Ada is the only admin, and each round adds a second one: the two delete each other.
            try await cluster.direct().setRoles(id: alanID, roles: [.developer])
            var survivor = (id: adaID, token: try await cluster.token(for: ada.email).token)
            for round in 0..<12 {
                let newcomer = MemberSeed(
                    id: "auth0|" + String(format: "%024x", round + 0x100), name: "Round Admin",
                    email: "round\(round)@acme.test", roles: [.admin], connection: .usernamePassword)
                try await cluster.add(newcomer)
                let newToken = try await cluster.token(for: newcomer.email).token
                let clients = try await Self.warm(cluster, round: round, survivor.token, newToken)
                let target = survivor.id
                async let survivorDeletes = Self.outcome { try await clients[0].deleteUser(id: newcomer.id!) }
                async let newcomerDeletes = Self.outcome { try await clients[1].deleteUser(id: target) }
                let (first, second) = await (survivorDeletes, newcomerDeletes)
                let admins = try await cluster.admins()
                try #require(admins.count == 1, "round \(round): \(first) and \(second) left admins \(admins)")
                let survivorWon = admins == [survivor.id]
                #expect((survivorWon ? first : second) == nil)
                // The loser no longer exists when its request runs: its token is gone (401), or it is (403, 404).
                #expect(
                    ["401", "403", "404", "409"].contains(Self.status(survivorWon ? second : first)), "round \(round)")
                if !survivorWon { survivor = (newcomer.id!, newToken) }
            }
        }
    }

    @Test(arguments: RacingCluster.engines) func aTokenRevokedThroughOneInstanceIsRefusedByTheOtherOnItsNextRequest(
        engine: RacingCluster.Engine
    ) async throws {
        try await RacingCluster.with(engine) { cluster in
            for round in 0..<6 {
                let (token, id) = try await cluster.token(for: ada.email)
                let near = cluster.instances[round % 2].client(token)
                let far = cluster.instances[1 - round % 2].client(token)
                // Both instances have verified the token (and keep it as verified) before it is revoked.
                _ = try await near.getMe()
                _ = try await far.getMe()
                try await ChildProcess.output([ServedInstance.orgtui, "token", "revoke"] + cluster.location + [id])
                await #expect(throws: BackendError.unauthorized) { _ = try await far.getMe() }
                await #expect(throws: BackendError.unauthorized) { _ = try await near.getMe() }
            }
        }
    }

    /// What one writer saw: the role changes acknowledged to it, the emails whose invitation it got a 201 for,
    /// and any answer other than success, 412 (roles changed meanwhile) or 409 (already invited).
    struct WriterOutcome: Sendable {
        var changes: [(from: Set<Role>, to: Set<Role>)] = []
        var invited: [String] = []
        var unexpected: [String] = []
    }

    /// Role changes of `target` based on the roles just read, and invitations of `emails`, interleaved.
    private static func write(_ writer: HTTPBackend, index: Int, target: String, _ emails: [String]) async
        -> WriterOutcome
    {
        let choices: [Set<Role>] = [[.developer], [.analyst], [.developer, .analyst]]
        var outcome = WriterOutcome()
        for round in 0..<15 {
            if round < emails.count {
                let email = emails[(round + index) % emails.count]
                switch await Self.outcome({
                    try await writer.inviteUser(Invitation(email: email, name: "Invitee", roles: [.analyst]))
                }) {
                case nil: outcome.invited.append(email)
                case .conflict: break
                case let error?: outcome.unexpected.append("invite \(email): \(error)")
                }
            }
            do {
                let current = try await writer.getUser(id: target).roles
                let next = choices.filter { $0 != current }[(round + index) % 2]
                switch await Self.outcome({ try await writer.setRoles(id: target, roles: next, basedOn: current) }) {
                case nil: outcome.changes.append((current, next))
                case .rolesChanged: break
                case let error?: outcome.unexpected.append("set roles: \(error)")
                }
            } catch {
                outcome.unexpected.append("read: \(error)")
            }
        }
        return outcome
    }

    /// The two racers' clients for this round, each on its own instance (swapped every other round), having
    /// each made a request already, so that both race with a connection open.
    private static func warm(_ cluster: RacingCluster, round: Int, _ first: String, _ second: String) async throws
        -> [HTTPBackend]
    {
        let swap = round % 2
        let clients = [cluster.instances[swap].client(first), cluster.instances[1 - swap].client(second)]
        for client in clients { _ = try await client.getMe() }
        return clients
    }

    /// The status a change was answered with: "ok", or the HTTP status of a refusal, or the error itself.
    private static func status(_ error: BackendError?) -> String {
        switch error {
        case nil: "ok"
        case .unauthorized?: "401"
        case .forbidden?: "403"
        case .notFound?: "404"
        case .conflict?: "409"
        case let other?: "\(other)"
        }
    }

    /// nil when `change` succeeded, otherwise the error it got.
    private static func outcome(_ change: () async throws -> Void) async -> BackendError? {
        do {
            try await change()
            return nil
        } catch {
            return (error as? BackendError) ?? .failed("\(error)", mayHaveApplied: true)
        }
    }
}
