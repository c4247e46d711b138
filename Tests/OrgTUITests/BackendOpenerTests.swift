import Foundation
import OrgCLI
import OrgModel
import OrgRecords
import OrgStore
import Testing

@testable import OrgTUI

/// The opener does the terminal's I/O (profiles, a new store) on tasks of its own and answers through the
/// inbox, as the runner does; the backend it opened waits until the main loop takes it.
@Suite("Backend opener")
struct BackendOpenerTests {
    /// A directory with a config directory whose profiles file names `profiles` (name, store path).
    struct Place {
        let directory = FileManager.default.temporaryDirectory.appendingPathComponent("opener-\(UUID())").path
        var environment: [String: String] { ["XDG_CONFIG_HOME": directory + "/config", "HOME": directory] }

        func save(profiles: [(String, String)]) throws {
            try FileManager.default.createDirectory(
                atPath: directory + "/config/orgtui", withIntermediateDirectories: true)
            try profiles.map { "profile \($0.0) store \($0.1)\n" }.joined().write(
                toFile: directory + "/config/orgtui/profiles", atomically: true, encoding: .utf8)
        }

        func opener(_ inbox: EventInbox) -> BackendOpener {
            BackendOpener(inbox: inbox, profiles: ProfileSwitcher(environment: environment, environmentAPIs: []))
        }

        func remove() { try? FileManager.default.removeItem(atPath: directory) }
    }

    /// The first event the inbox receives.
    static func next(_ inbox: EventInbox) async throws -> Event {
        var events: [Event] = []
        try await eventually("an answer in the inbox") {
            events = inbox.take()
            return !events.isEmpty
        }
        #expect(events.count == 1)
        return events[0]
    }

    @Test("A store profile opens away from the main loop; its backend waits for the loop, once")
    func switchingToAStore() async throws {
        let place = Place()
        defer { place.remove() }
        let path = place.directory + "/globex.sqlite"
        _ = try SQLiteStore.create(
            at: path, organization: OrganizationSeed(name: "Globex", shortName: "globex"),
            admin: MemberSeed(name: "Gus", email: "gus@globex.test", roles: [.admin], connection: .usernamePassword))
        try place.save(profiles: [("globex", path)])
        let inbox = EventInbox(pipe: try WakePipe())
        let opener = place.opener(inbox)

        opener.perform(.switchProfile("globex"))
        let entries = [ProfileEntry(name: "globex", location: "store " + path, hasToken: nil)]
        #expect(try await Self.next(inbox) == .profileSwitched(name: "globex", profiles: entries))
        #expect(opener.takeProfile("globex")?.label == "store " + path)
        #expect(opener.takeProfile("globex") == nil)

        opener.perform(.listProfiles)
        #expect(try await Self.next(inbox) == .profilesListed(entries))
    }

    @Test("A profile whose store is gone is refused with the reason, and nothing waits")
    func switchingToAMissingStore() async throws {
        let place = Place()
        defer { place.remove() }
        try place.save(profiles: [("gone", place.directory + "/gone.sqlite")])
        let inbox = EventInbox(pipe: try WakePipe())
        let opener = place.opener(inbox)

        opener.perform(.switchProfile("gone"))
        #expect(
            try await Self.next(inbox)
                == .profileSwitchFailed(name: "gone", reason: "There is no store at \(place.directory)/gone.sqlite."))
        #expect(opener.takeProfile("gone") == nil)
    }

    @Test("The first run's store is created once; a second at the same path is refused")
    func creatingTheStore() async throws {
        let place = Place()
        defer { place.remove() }
        let new = NewStore(
            path: place.directory + "/new/org.sqlite", organizationName: "Beta Corp", shortName: "beta",
            adminName: "Bea Admin", adminEmail: "bea@beta.test")
        let inbox = EventInbox(pipe: try WakePipe())
        let opener = place.opener(inbox)

        opener.perform(.createStore(new))
        #expect(try await Self.next(inbox) == .storeCreated(.success(Done())))
        let store = try #require(opener.takeStore())
        #expect(try await store.backend().getOrganization().shortName == "beta")
        #expect(opener.takeStore() == nil)

        opener.perform(.createStore(new))
        guard case .storeCreated(.failure(.conflict)) = try await Self.next(inbox) else {
            Issue.record("a second store at the same path was not refused")
            return
        }
    }
}
