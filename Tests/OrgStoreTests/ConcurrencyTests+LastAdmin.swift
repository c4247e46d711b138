import Foundation
import OrgModel
import OrgRecords
import OrgStore
import Testing

extension ConcurrencyTests {
    static let demotionRounds = 150

    /// Whether a user's audit JSON (`before` or `after`) names the admin role.
    static func isAdmin(_ json: String?) -> Bool {
        let object = json.flatMap { try? JSONSerialization.jsonObject(with: Data($0.utf8)) } as? [String: Any]
        return (object?["roles"] as? String)?.split(separator: ",").contains("admin") == true
    }

    @Test func twoAdminsDemotingEachOtherAndThemselvesAtOnceAlwaysLeaveAnAdmin() async throws {
        let directory = try TemporaryDirectory()
        defer { directory.remove() }
        let path = directory.file("org.sqlite")
        let ada = MemberSeed(
            id: "auth0|ada", name: "Ada", email: "ada@acme.test", roles: [.admin], connection: .usernamePassword)
        let ben = MemberSeed(
            id: "auth0|ben", name: "Ben", email: "ben@acme.test", roles: [.admin], connection: .usernamePassword)
        let store = try SQLiteStore.create(
            at: path, organization: OrganizationSeed(name: "Acme", shortName: "acme"), admin: ada)
        try store.importMembers([ben])
        let auditBefore = try store.auditLog().count

        let pairs = [("ada", "ben"), ("ben", "ada")]
        let writers = try pairs.map { actor, target in
            try DurabilityHarness.startWriter(
                [
                    "demote", "--store", path, "--log", directory.file("\(actor).log"), "--actor", "auth0|\(actor)",
                    "--target", "auth0|\(target)", "--rounds", String(Self.demotionRounds),
                ],
                stderrPath: directory.file("\(actor).err"))
        }
        let finished = DurabilityHarness.poll(timeout: .seconds(120)) { !writers.contains(where: \.isRunning) }
        writers.forEach { $0.end() }
        try #require(finished, "the writers did not finish within 120 s")
        var demotions = 0
        for ((actor, _), writer) in zip(pairs, writers) {
            let stderr = String(
                decoding: FileManager.default.contents(atPath: directory.file("\(actor).err")) ?? Data(), as: UTF8.self)
            #expect(await writer.exitStatus() == 0, "\(actor): \(stderr)")
            let lines = DurabilityHarness.completeLines(directory.file("\(actor).log"))
            #expect(lines.count == Self.demotionRounds)
            demotions += lines.count(where: { $0.contains("demoted") })
        }
        #expect(demotions > 0)

        // Replayed in commit order, no role change ever left the organization without an admin.
        var admins: Set<String> = ["auth0|ada", "auth0|ben"]
        for entry in try store.auditLog().dropFirst(auditBefore) where entry.action == .setRoles {
            if Self.isAdmin(entry.after) { admins.insert(entry.target) } else { admins.remove(entry.target) }
            #expect(!admins.isEmpty, "entry \(entry.id) left no admin")
        }
        let backend = store.backend()
        let now = try await [backend.getUser(id: "auth0|ada"), backend.getUser(id: "auth0|ben")]
        #expect(Set(now.filter { $0.roles.contains(.admin) }.map(\.id)) == admins)
    }
}
