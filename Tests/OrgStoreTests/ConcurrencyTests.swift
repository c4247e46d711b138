import Foundation
import OrgModel
import OrgStore
import Testing

/// Four processes writing one store at once: none sees SQLITE_BUSY, and no write is lost.
@Suite struct ConcurrencyTests {
    static let workers = 4
    static let operationsPerWorker = 150

    @Test func fourWritersLoseNothingAndNeverSeeBusy() async throws {
        let directory = try TemporaryDirectory()
        defer { directory.remove() }
        let path = directory.file("org.sqlite")
        _ = try DemoPopulation.createStore(at: path, users: 400, seed: 11)
        let auditBefore = try SQLiteStore(openingAt: path).auditLog().count

        let writers = try (0..<Self.workers).map { worker in
            try DurabilityHarness.startWriter(
                [
                    "mix", "--store", path, "--log", directory.file("w\(worker).log"), "--rounds",
                    String(Self.operationsPerWorker), "--worker", String(worker), "--workers", String(Self.workers),
                ],
                stderrPath: directory.file("w\(worker).err"))
        }
        let finished = DurabilityHarness.poll(timeout: .seconds(120)) { !writers.contains(where: \.isRunning) }
        writers.forEach { $0.end() }
        try #require(finished, "the writers did not finish within 120 s")
        for (worker, writer) in writers.enumerated() {
            let stderr =
                FileManager.default.contents(atPath: directory.file("w\(worker).err")).map {
                    String(decoding: $0, as: UTF8.self)
                } ?? ""
            #expect(await writer.exitStatus() == 0, "worker \(worker): \(stderr)")
        }

        var lastRoles: [String: Set<Role>] = [:]
        var roleChanges = 0
        var invited: Set<String> = []
        for worker in 0..<Self.workers {
            let lines = DurabilityHarness.completeLines(directory.file("w\(worker).log"))
            #expect(lines.count == Self.operationsPerWorker, "worker \(worker) reported \(lines.count) operations")
            for line in lines {
                let fields = line.split(separator: " ")
                switch fields.first {
                case "roles":
                    lastRoles[String(fields[1])] = DurabilityHarness.roles(fields[2])
                    roleChanges += 1
                case "invite":
                    invited.insert(String(fields[1]))
                default:
                    Issue.record("worker \(worker) wrote an unknown line: \(line)")
                }
            }
        }

        let store = try SQLiteStore(openingAt: path)
        #expect(try await DurabilityHarness.roles(of: lastRoles.keys, inStoreAt: path) == lastRoles)
        let audit = try store.auditLog().dropFirst(auditBefore)
        #expect(audit.count(where: { $0.action == .setRoles }) == roleChanges)
        #expect(Set(audit.filter { $0.action == .invite }.map(\.target)) == invited)
        #expect(audit.count == roleChanges + invited.count)
        #expect(Set(try store.pendingInvitations().map(\.invitation.email)) == invited)
        #expect(Set(try store.outbox().filter { $0.kind == .invitation }.map(\.recipient)) == invited)
        #expect(invited.count > Self.workers * Self.operationsPerWorker / 8)
    }
}
