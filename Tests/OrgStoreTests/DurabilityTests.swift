import Foundation
import OrgModel
import OrgStore
import Testing

/// A writer killed with SIGKILL at random moments never damages the store nor loses a committed write.
@Suite struct DurabilityTests {
    /// At least 50 rounds; `ORGTUI_SOAK_ROUNDS` (as `make soak` sets it) asks for more.
    static let rounds = max(50, Int(ProcessInfo.processInfo.environment["ORGTUI_SOAK_ROUNDS"] ?? "") ?? 50)

    @Test func everyReportedCommitSurvivesSIGKILL() async throws {
        let directory = try TemporaryDirectory()
        defer { directory.remove() }
        let path = directory.file("org.sqlite")
        _ = try DemoPopulation.createStore(at: path, users: 300, seed: 7)
        let ids = try await DurabilityHarness.candidates(inStoreAt: path)
        var expected = try await DurabilityHarness.roles(of: ids, inStoreAt: path)
        var random = DemoRandom(seed: 2026)
        var committed = 0, uncertainRounds = 0
        for round in 0..<Self.rounds {
            let log = directory.file("round-\(round).log")
            let writer = try DurabilityHarness.startWriter(
                ["roles", "--store", path, "--log", log, "--seed", String(round)],
                stderrPath: directory.file("round-\(round).err"))
            let commitsBeforeKill = Int.random(in: 1...6, using: &random)
            let wrote = DurabilityHarness.poll(timeout: .seconds(30)) {
                let commits = DurabilityHarness.completeLines(log).count(where: { $0 == "C" })
                return !writer.isRunning || commits >= commitsBeforeKill
            }
            let stderr =
                FileManager.default.contents(atPath: directory.file("round-\(round).err")).map {
                    String(decoding: $0, as: UTF8.self)
                } ?? ""
            try #require(wrote && writer.isRunning, "round \(round): the writer stopped or never committed: \(stderr)")
            usleep(UInt32.random(in: 0..<4_000, using: &random))
            writer.send(SIGKILL)
            #expect(await writer.exitStatus() == 128 + SIGKILL)

            #expect(try DurabilityHarness.integrityCheck(path) == ["ok"], "round \(round)")
            let (writes, uncertain) = DurabilityHarness.rolesLog(log)
            for write in writes { expected[write.id] = write.roles }
            committed += writes.count
            let actual = try await DurabilityHarness.roles(of: ids, inStoreAt: path)
            for id in ids where id != uncertain?.id {
                #expect(actual[id] == expected[id], "round \(round): \(id) lost a committed write")
            }
            if let uncertain {
                uncertainRounds += 1
                let landed = actual[uncertain.id]
                #expect(
                    landed == expected[uncertain.id] || landed == uncertain.roles,
                    "round \(round): \(uncertain.id) is neither before nor after the write in flight")
            }
            expected = actual
        }
        let audited = try SQLiteStore(openingAt: path).auditLog().count(where: { $0.action == .setRoles })
        #expect(
            (committed...committed + uncertainRounds).contains(audited),
            "\(audited) role changes audited for \(committed) committed and \(uncertainRounds) in flight")
        print(
            "Durability: \(Self.rounds) kills, \(committed) committed writes, \(uncertainRounds) kills mid-write, "
                + "\(audited) audited.")
    }
}
