import OrgModel
import OrgRecords
import OrgStore
import Synchronization

/// Opens the backends the terminal moves to, away from the main loop, and answers through the inbox as the
/// effect runner does: the store the first-run form describes (`createStore`, answered by `storeCreated`).
/// What it opened waits in `takeStore` until the main loop, learning of the answer, works on it.
final class BackendOpener: Sendable {
    private let inbox: EventInbox
    private let created = Mutex<SQLiteStore?>(nil)

    init(inbox: EventInbox) {
        self.inbox = inbox
    }

    /// Starts `effect` if it is one of the opener's; returns at once.
    func perform(_ effect: Effect) {
        guard case .createStore(let new) = effect else { return }
        Task.detached { self.create(new) }
    }

    /// The store created last, once: the main loop takes it when `storeCreated` arrives.
    func takeStore() -> SQLiteStore? {
        created.withLock { store in
            defer { store = nil }
            return store
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
