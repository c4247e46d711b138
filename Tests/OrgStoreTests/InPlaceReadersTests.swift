import Foundation
import GRDB
import OrgModel
import Synchronization
import Testing

@testable import OrgStore

/// An opened store's first reads (the organization, me, a page: a terminal UI's first frame) use the
/// connection that checked its schema and open no other; reads that overlap briefly wait for it, and reads
/// that overlap for longer than the patience open more, up to the limit.
@Suite struct InPlaceReadersTests {
    @Test func theFirstFramesReadsOpenNoOtherConnection() async throws {
        let directory = try TemporaryDirectory()
        defer { directory.remove() }
        let path = directory.file("org.sqlite")
        do { _ = try StoreFixtures.contractStore(at: path) }
        let store = try SQLiteStore(openingAt: path)
        let backend = store.backend()
        _ = try await backend.getOrganization()
        _ = try await backend.getMe()
        _ = try await backend.listUsers(UserQuery())
        _ = try await backend.changeCounter()
        #expect(Self.openFiles(path) == 1)
    }

    @Test func overlappingReadsOpenUpToTheLimitAndAllFinish() throws {
        let directory = try TemporaryDirectory()
        defer { directory.remove() }
        let path = directory.file("org.sqlite")
        let store = try StoreFixtures.contractStore(at: path)
        let base = Self.openFiles(path)
        // Each read holds its connection until another read holds one too.
        let overlap = Self.overlap(InPlaceReaders(path: store.path, limit: 2), reads: 8) { $0.most >= 2 }
        #expect(overlap.counts.count == 8 && !overlap.counts.contains(nil))
        #expect(overlap.most == 2)
        #expect(Self.openFiles(path) - base == 2)
    }

    @Test func readsThatOverlapBrieflyWaitForTheConnectionRatherThanOpenAnother() throws {
        let directory = try TemporaryDirectory()
        defer { directory.remove() }
        let path = directory.file("org.sqlite")
        let store = try StoreFixtures.contractStore(at: path)
        let base = Self.openFiles(path)
        // A patience longer than any read here: every read that finds the connection busy waits for it. Each
        // read holds its connection until every read has asked for one.
        let readers = InPlaceReaders(path: store.path, limit: 4, patience: 30)
        let overlap = Self.overlap(readers, reads: 4) { $0.started == 4 }
        #expect(overlap.counts.count == 4 && !overlap.counts.contains(nil))
        #expect(overlap.most == 1)
        #expect(Self.openFiles(path) - base == 1)
    }

    @Test func afterTheFirstReadsAReadThatFindsTheConnectionBusyOpensAnother() throws {
        let directory = try TemporaryDirectory()
        defer { directory.remove() }
        let path = directory.file("org.sqlite")
        let store = try StoreFixtures.contractStore(at: path)
        // One patient read, spent here; a patience so long that a read that waited would outlast the test.
        let readers = InPlaceReaders(path: store.path, limit: 4, patience: 30, patientReads: 1)
        _ = try readers.read { db in try Int.fetchOne(db, sql: "SELECT 1") }
        let state = Mutex((firstHolds: false, secondDone: false, doneWhileFirstHeld: false))
        let first = Thread {
            _ = try? readers.read { db in
                state.withLock { $0.firstHolds = true }
                // Hold the connection until the second read is done (or a deadline passes).
                let deadline = ContinuousClock.now + .seconds(5)
                while !state.withLock({ $0.secondDone }), ContinuousClock.now < deadline { sched_yield() }
                state.withLock { $0.doneWhileFirstHeld = $0.secondDone }
                return try Int.fetchOne(db, sql: "SELECT count(*) FROM member")
            }
        }
        first.start()
        // The second read starts once the first holds the connection: no idle one is left.
        let deadline = ContinuousClock.now + .seconds(5)
        while !state.withLock({ $0.firstHolds }), ContinuousClock.now < deadline { sched_yield() }
        _ = try readers.read { db in try Int.fetchOne(db, sql: "SELECT count(*) FROM member") }
        state.withLock { $0.secondDone = true }
        while !first.isFinished, ContinuousClock.now < deadline + .seconds(5) { sched_yield() }
        #expect(state.withLock { $0.doneWhileFirstHeld })
    }

    /// What `overlap` saw: reads asked for, the most that held a connection at once, each one's count.
    struct Overlap {
        var started = 0, now = 0, most = 0
        var counts: [Int?] = []
    }

    /// Runs `reads` reads of `readers` at once, on threads of their own; each holds its connection until
    /// `released` says so of what is seen (or a deadline passes). Returns once all have finished.
    private static func overlap(
        _ readers: InPlaceReaders, reads: Int, released: @escaping @Sendable (Overlap) -> Bool
    ) -> Overlap {
        let state = Mutex(Overlap())
        let threads = (0..<reads).map { _ in
            Thread {
                state.withLock { $0.started += 1 }
                let count = try? readers.read { db in
                    state.withLock {
                        $0.now += 1; $0.most = max($0.most, $0.now)
                    }
                    let deadline = ContinuousClock.now + .seconds(5)
                    while !state.withLock({ released($0) }), ContinuousClock.now < deadline { sched_yield() }
                    defer { state.withLock { $0.now -= 1 } }
                    return try Int.fetchOne(db, sql: "SELECT count(*) FROM member")
                }
                state.withLock { $0.counts.append(count) }
            }
        }
        threads.forEach { $0.start() }
        let deadline = ContinuousClock.now + .seconds(30)
        while state.withLock({ $0.counts.count }) < reads, ContinuousClock.now < deadline { sched_yield() }
        return state.withLock { $0 }
    }

    /// How many of this process's file descriptors are open on the file at `path` itself.
    private static func openFiles(_ path: String) -> Int {
        let descriptors = (try? FileManager.default.contentsOfDirectory(atPath: "/proc/self/fd")) ?? []
        return descriptors.filter {
            (try? FileManager.default.destinationOfSymbolicLink(atPath: "/proc/self/fd/\($0)")) == path
        }
        .count
    }
}
