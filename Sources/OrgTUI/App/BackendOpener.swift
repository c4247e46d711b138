import OrgCLI
import OrgModel
import OrgRecords
import OrgStore
import Synchronization

/// Opens the backends the terminal moves to, away from the main loop, and answers through the inbox as the
/// effect runner does: a saved profile's (`switchProfile`, answered by `profileSwitched` or
/// `profileSwitchFailed`; `listProfiles` reads the saved profiles, answered by `profilesListed`) and the store
/// the first-run form describes (`createStore`, answered by `storeCreated`). What it opened waits in
/// `takeProfile` and `takeStore` until the main loop, learning of the answer, works on it. Only a token to
/// ask for needs the main loop: it waits for `askForTokens`.
final class BackendOpener: Sendable {
    private let inbox: EventInbox
    private let profiles: ProfileSwitcher
    private let switched = Mutex<[String: ProfileSwitcher.Connection]>([:])
    private let created = Mutex<SQLiteStore?>(nil)
    /// The profiles whose API token the terminal must ask for, with their API's URL.
    private let asking = Mutex<[(name: String, url: String)]>([])

    init(inbox: EventInbox, profiles: ProfileSwitcher) {
        self.inbox = inbox
        self.profiles = profiles
    }

    /// Starts `effect` if it is one of the opener's; returns at once.
    func perform(_ effect: Effect) {
        switch effect {
        case .listProfiles: Task.detached { self.inbox.post(.profilesListed(self.profiles.entries())) }
        case .switchProfile(let name): Task.detached { self.open(name) }
        case .createStore(let new): Task.detached { self.create(new) }
        default: break
        }
    }

    /// Asks on the terminal for the tokens that profiles being opened need, and answers for them; whether
    /// it asked for any (the terminal was the shell's meanwhile). Only the main loop calls it.
    @MainActor
    func askForTokens(curses: Curses) -> Bool {
        askForTokens { name, url in profiles.ask(name, url: url, curses: curses) }
    }

    /// Answers for the tokens that profiles being opened need with what `ask` says of each profile's name and
    /// API URL (the line mode refuses them); whether there were any.
    func askForTokens(_ ask: (_ name: String, _ url: String) -> Result<ProfileSwitcher.Connection, CLIFailure>) -> Bool
    {
        let waiting = asking.withLock { waiting in
            defer { waiting = [] }
            return waiting
        }
        for (name, url) in waiting { answer(name, ask(name, url)) }
        return !waiting.isEmpty
    }

    /// Profile `name`'s backend, once: the main loop takes it when `profileSwitched` arrives.
    func takeProfile(_ name: String) -> ProfileSwitcher.Connection? {
        switched.withLock { $0.removeValue(forKey: name) }
    }

    /// The store created last, once: the main loop takes it when `storeCreated` arrives.
    func takeStore() -> SQLiteStore? {
        created.withLock { store in
            defer { store = nil }
            return store
        }
    }

    private func open(_ name: String) {
        switch profiles.open(name) {
        case .opened(let connection):
            answer(name, .success(connection))
        case .failed(let failure):
            answer(name, .failure(failure))
        case .needsToken(let url):
            asking.withLock { $0.append((name, url)) }
            inbox.wake()
        }
    }

    private func answer(_ name: String, _ result: Result<ProfileSwitcher.Connection, CLIFailure>) {
        switch result {
        case .success(let connection):
            switched.withLock { $0[name] = connection }
            inbox.post(.profileSwitched(name: name, profiles: profiles.entries()))
        case .failure(let failure):
            inbox.post(.profileSwitchFailed(name: name, reason: failure.description))
        }
    }

    /// Creates the store (you its admin, with a username and password), never over an existing file.
    private func create(_ new: NewStore) {
        do throws(BackendError) {
            let store = try SQLiteStore.create(
                at: new.path, organization: OrganizationSeed(name: new.organizationName, shortName: new.shortName),
                admin: MemberSeed(
                    name: new.adminName, email: new.adminEmail, roles: [.admin], connection: .usernamePassword))
            created.withLock { $0 = store }
            inbox.post(.storeCreated(.success(Done())))
        } catch {
            inbox.post(.storeCreated(.failure(error)))
        }
    }
}
