import ChildProcesses
import Foundation
import OrgModel
import Testing

@testable import OrgCLI

/// An import's journal (the rows an earlier run ended, which a re-run skips) is believed only when it is
/// yours: one that another user or process planted beside the report, in a state directory others may
/// enter, as a symbolic link or with a mode others may use never makes a row skipped. When tests run as
/// root (as CI does), the planter is another user (nobody); otherwise a second process of the same user.
@Suite struct ImportJournalTests {
    static let people = ["new.one@acme.test", "new.three@acme.test", "new.two@acme.test"]

    /// The import file of `people`, written in the fixture's directory, and its content.
    static func file(_ fixture: MemberStoreFixture) throws -> (path: String, content: Data) {
        let content = Data(("email,name,roles\n" + people.map { "\($0),Someone,developer\n" }.joined()).utf8)
        let path = fixture.directory + "/people.csv"
        try content.write(to: URL(fileURLWithPath: path))
        return (path, content)
    }

    /// The name of the journal of the import of `content` into the fixture's store.
    static func journalName(_ content: Data, _ fixture: MemberStoreFixture) -> String {
        "import-" + ImportJournal.key(content, "store " + fixture.path) + ".journal"
    }

    /// A directory in the fixture's that everyone may write, sticky as /tmp.
    static func shared(_ fixture: MemberStoreFixture) throws -> String {
        let path = fixture.directory + "/shared"
        try FileManager.default.createDirectory(atPath: path, withIntermediateDirectories: false)
        #expect(chmod(path, 0o1777) == 0)
        return path
    }

    /// Runs `script` in a shell as another user when the tests run as root, else as a second process.
    static func plant(_ script: String) async throws {
        let anotherUser = geteuid() == 0 ? ["setpriv", "--reuid=65534", "--regid=65534", "--clear-groups"] : []
        try await ChildProcess.output(anotherUser + ["/bin/sh", "-c", "umask 0 && " + script])
    }

    /// The shell command that writes every one of `people` into `path`, as a journal of their rows would.
    static func journal(at path: String) -> String {
        "printf '%s\\n' \(people.joined(separator: " ")) > \(path)"
    }

    /// `orgtui users import` of `file` into the fixture's store, with `state` as XDG_STATE_HOME.
    static func importing(
        _ fixture: MemberStoreFixture, _ file: String, state: String, report: String? = nil
    ) async throws -> ChildProcess.Ended {
        try await ChildProcess.run(
            [MemberStoreFixture.binary, "users", "import", file, "--store", fixture.path]
                + (report.map { ["--report", $0] } ?? []), environment: .adding(["XDG_STATE_HOME": state]))
    }

    static func mode(_ path: String) throws -> Int {
        try FileManager.default.attributesOfItem(atPath: path)[.posixPermissions] as? Int ?? -1
    }

    @Test func aJournalPlantedBesideTheReportIsNotBelieved() async throws {
        let fixture = try MemberStoreFixture(members: 1)
        defer { fixture.remove() }
        let (file, content) = try Self.file(fixture)
        let shared = try Self.shared(fixture)
        let name = Self.journalName(content, fixture)
        try await Self.plant(Self.journal(at: "\(shared)/\(name)"))
        let state = fixture.directory + "/state"
        let run = try await Self.importing(fixture, file, state: state, report: shared + "/report.csv")
        #expect(run.status == 0, "\(run.errors)")
        #expect(run.errors.hasPrefix("3 invited, 0 skipped, 0 failed in "), "\(run.errors)")
        #expect(try fixture.store.outbox().map(\.recipient).sorted() == Self.people)
        // The journal it kept instead: 0600, in the state directory, which it made 0700.
        #expect(try Self.mode(state + "/orgtui") == 0o700)
        #expect(try Self.mode(state + "/orgtui/" + name) == 0o600)
    }

    @Test func aStateDirectoryOthersMayEnterIsRefused() async throws {
        let fixture = try MemberStoreFixture(members: 1)
        defer { fixture.remove() }
        let (file, content) = try Self.file(fixture)
        let shared = try Self.shared(fixture)
        let name = Self.journalName(content, fixture)
        try await Self.plant("mkdir -m 777 \(shared)/orgtui && " + Self.journal(at: "\(shared)/orgtui/\(name)"))
        let planted = try await Self.importing(fixture, file, state: shared)
        #expect(planted.status == ExitStatus.failure.rawValue, "\(planted.errors)")
        #expect(planted.errors.contains("\(shared)/orgtui "), "\(planted.errors)")
        #expect(try fixture.store.outbox().isEmpty)
        // Your own directory that others may enter (as the terminal UI's log made it): the chmod to run.
        let state = fixture.directory + "/state"
        try FileManager.default.createDirectory(atPath: state + "/orgtui", withIntermediateDirectories: true)
        #expect(chmod(state + "/orgtui", 0o755) == 0)
        let open = try await Self.importing(fixture, file, state: state)
        #expect(open.status == ExitStatus.failure.rawValue, "\(open.errors)")
        #expect(open.errors.contains("chmod 700 \(state)/orgtui"), "\(open.errors)")
        #expect(try fixture.store.outbox().isEmpty)
    }

    @Test func aJournalThatIsALinkOrThatOthersMayUseIsRefused() async throws {
        let fixture = try MemberStoreFixture(members: 1)
        defer { fixture.remove() }
        let (file, content) = try Self.file(fixture)
        let shared = try Self.shared(fixture)
        let state = fixture.directory + "/state"
        try FileManager.default.createDirectory(
            atPath: state + "/orgtui", withIntermediateDirectories: true, attributes: [.posixPermissions: 0o700])
        let journal = state + "/orgtui/" + Self.journalName(content, fixture)
        try await Self.plant(Self.journal(at: "\(shared)/emails"))
        try await ChildProcess.output(["ln", "-s", shared + "/emails", journal])
        let linked = try await Self.importing(fixture, file, state: state)
        #expect(linked.status == ExitStatus.failure.rawValue, "\(linked.errors)")
        #expect(linked.errors.contains("\(journal) is a symbolic link"), "\(linked.errors)")
        #expect(try fixture.store.outbox().isEmpty)

        try FileManager.default.removeItem(atPath: journal)
        try await ChildProcess.output(["/bin/sh", "-c", Self.journal(at: journal) + " && chmod 644 \(journal)"])
        let readable = try await Self.importing(fixture, file, state: state)
        #expect(readable.status == ExitStatus.failure.rawValue, "\(readable.errors)")
        #expect(readable.errors.contains("(mode 0644)") && readable.errors.contains("rm \(journal)"))
        #expect(try fixture.store.outbox().isEmpty)

        guard geteuid() == 0 else { return }
        #expect(chmod(journal, 0o600) == 0 && chown(journal, 65534, 65534) == 0)
        let foreign = try await Self.importing(fixture, file, state: state)
        #expect(foreign.status == ExitStatus.failure.rawValue, "\(foreign.errors)")
        #expect(foreign.errors.contains("\(journal) belongs to another user"), "\(foreign.errors)")
        #expect(try fixture.store.outbox().isEmpty)
    }
}
