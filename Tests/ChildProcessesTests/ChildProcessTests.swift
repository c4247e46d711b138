import ChildProcesses
import Foundation
import Testing

@Suite struct ChildProcessTests {
    /// More children awaited at once than Swift's shared pool has threads, as parallel tests await them: each
    /// must start, since awaiting a child holds no pool thread; then each ends once killed.
    @Test func moreChildrenAwaitedAtOnceThanThePoolHasThreadsAllStartAndEnd() async {
        let count = ProcessInfo.processInfo.activeProcessorCount + 2
        let children = Children()
        for _ in 0..<count {
            Task.detached {
                guard let child = try? ChildProcess(["sleep", "600"]) else { return }
                children.started(child)
                children.ended(await child.exitStatus())
            }
        }
        // A deadline for a deadlock, not a speed: they start in milliseconds, or never while waits hold threads.
        // The test's own polling holds no thread (Task.sleep), or it would starve the other tests in parallel.
        let deadline = ContinuousClock.now + .seconds(30)
        while children.counts.started < count, ContinuousClock.now < deadline {
            try? await Task.sleep(for: .milliseconds(10))
        }
        #expect(children.counts.started == count)
        children.stop()
        while children.counts.ended < count, ContinuousClock.now < deadline + .seconds(60) {
            try? await Task.sleep(for: .milliseconds(10))
        }
        #expect(children.statuses == Array(repeating: 128 + SIGKILL, count: count))
    }

    @Test func stdoutAndStderrAreCollectedApartPastWhatAPipeHolds() async throws {
        // stderr first: a reader that read stdout to its end before stderr would wait for ever.
        let ended = try await ChildProcess.run([
            "/bin/sh", "-c", "head -c 300000 /dev/zero | tr '\\0' e >&2; head -c 200000 /dev/zero | tr '\\0' o",
        ])
        #expect(ended.status == 0)
        #expect(ended.errors == String(repeating: "e", count: 300_000))
        #expect(ended.output == String(repeating: "o", count: 200_000))
    }

    @Test func stderrGoesWhereStdoutGoesAndAFileIsTheOwnersAlone() async throws {
        let path = NSTemporaryDirectory() + "child-process-" + UUID().uuidString
        defer { try? FileManager.default.removeItem(atPath: path) }
        let child = try ChildProcess(
            ["/bin/sh", "-c", "echo out; echo err >&2; exit 3"], stdout: .file(path), stderr: .stdout)
        #expect(await child.exitStatus() == 3)
        #expect(try String(contentsOfFile: path, encoding: .utf8) == "out\nerr\n")
        let mode = try FileManager.default.attributesOfItem(atPath: path)[.posixPermissions] as? Int
        #expect(mode == 0o600)
        let merged = try await ChildProcess.output(["/bin/sh", "-c", "echo out; echo err >&2"])
        #expect(merged == "out\nerr\n")
        await #expect(throws: ChildProcess.Failed.self) { try await ChildProcess.output(["false"]) }
    }

    @Test func theEnvironmentIsAddedToOrReplaced() async throws {
        let added = try await ChildProcess.output(["/usr/bin/env"], environment: .adding(["CHILD_TEST": "a b"]))
        let lines = added.split(separator: "\n")
        #expect(lines.contains("CHILD_TEST=a b") && lines.contains { $0.hasPrefix("PATH=") })
        let replaced = try await ChildProcess.output(["/usr/bin/env"], environment: .replacing(["ONLY": "x"]))
        #expect(replaced == "ONLY=x\n")
    }

    @Test func aChildEndedBySIGKILLIsReapedWithItsSignal() async throws {
        let child = try ChildProcess(["sleep", "600"], stdout: .pipe)
        #expect(child.isRunning)
        child.end()
        #expect(!child.isRunning)
        #expect(child.wait() == 128 + SIGKILL)
        #expect(await child.exitStatus() == 128 + SIGKILL)
    }

    /// A file open here for writing (as a copy being made is) stays out of the child: a program that kept it would
    /// make exec of that file fail with ETXTBSY ("Text file busy").
    @Test func theChildHasNoDescriptorOfThisProcessButItsThree() async throws {
        let path = NSTemporaryDirectory() + "child-process-" + UUID().uuidString
        let open = Glibc.open(path, O_WRONLY | O_CREAT, 0o600)
        defer {
            close(open)
            unlink(path)
        }
        try #require(open >= 0)
        // ls opens the directory it lists as 3.
        #expect(try await ChildProcess.output(["ls", "/proc/self/fd"]) == "0\n1\n2\n3\n")
    }

    /// A child given a terminal leads a session of its own, whose controlling terminal it is (/dev/tty opens).
    @Test func aChildInATerminalLeadsItsSessionWithTheTerminalAsItsOwn() async throws {
        var master: Int32 = -1
        var slave: Int32 = -1
        try #require(openpty(&master, &slave, nil, nil, nil) == 0)
        defer { close(master) }
        let name = String(cString: ttyname(slave))
        close(slave)
        let terminal = ChildProcess.Stream.terminal(name)
        let child = try ChildProcess(
            ["/bin/sh", "-c", "echo $$ $(cut -d ' ' -f 6 /proc/$$/stat) > /dev/tty"], stdin: terminal,
            stdout: terminal, stderr: terminal)
        #expect(await child.exitStatus() == 0)
        var buffer = [UInt8](repeating: 0, count: 256)
        let count = read(master, &buffer, buffer.count)
        let words = String(decoding: buffer[..<max(0, count)], as: UTF8.self).split(separator: " ")
        #expect(words.count == 2 && words.first.flatMap { Int32($0) } == child.pid)
        #expect(words.map { $0.trimmingCharacters(in: .whitespacesAndNewlines) }.allSatisfy { $0 == "\(child.pid)" })
    }

    @Test func aProgramThatIsNotThereIsNotStarted() {
        #expect(throws: ChildProcess.Failed.self) { try ChildProcess(["no-such-program-\(UUID().uuidString)"]) }
    }

    /// The children the pool test started and how each ended, from several tasks.
    final class Children: @unchecked Sendable {
        private let lock = NSLock()
        private var all: [ChildProcess] = []
        private var ends: [Int32] = []
        private var stopping = false

        var counts: (started: Int, ended: Int) { lock.withLock { (all.count, ends.count) } }
        var statuses: [Int32] { lock.withLock { ends } }

        /// Records `child`; ends it at once when the test already stopped.
        func started(_ child: ChildProcess) {
            lock.withLock {
                all.append(child)
                if stopping { child.send(SIGKILL) }
            }
        }

        func ended(_ status: Int32) { lock.withLock { ends.append(status) } }

        /// Kills every child started, and every one started from now on.
        func stop() {
            lock.withLock {
                stopping = true
                all.forEach { $0.send(SIGKILL) }
            }
        }
    }
}
