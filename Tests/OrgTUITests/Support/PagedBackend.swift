import OrgModel
import Synchronization

/// A Backend of `count` users (`u0001`, `User 0001`, …) paged as the API pages them, each getUser with the
/// roles `roles(n)`. It counts the requests in flight (each yields a few times, so that other requests
/// start meanwhile) and the pages asked for; `hold` runs before a page is answered, so a test can keep
/// it back. With `shifted`, every page after the first is read from the list with one user more at its
/// front, as when someone was added between two reads.
final class PagedBackend: Backend {
    struct Counts {
        var inFlight = 0
        var maxInFlight = 0
        var pagesAsked: [Int] = []
    }

    let count: Int
    let shifted: Bool
    let hold: @Sendable (UserQuery) async -> Void
    private let counts = Mutex(Counts())

    init(count: Int, shifted: Bool = false, hold: @escaping @Sendable (UserQuery) async -> Void = { _ in }) {
        self.count = count
        self.shifted = shifted
        self.hold = hold
    }

    static func user(_ n: Int) -> User {
        let number = String(n + 10_000).dropFirst()
        return User(id: "u\(number)", name: "User \(number)", email: "user\(number)@acme.test")
    }

    static func roles(_ n: Int) -> Set<Role> { n % 3 == 0 ? [.admin, .analyst] : [.developer] }

    /// Every user in order.
    var users: [User] { (1...count).map(Self.user) }

    var snapshot: Counts { counts.withLock { $0 } }

    func listUsers(_ query: UserQuery) async throws(BackendError) -> UserPage {
        await enter { $0.pagesAsked.append(query.pageNumber) }
        defer { leave() }
        await hold(query)
        let list =
            shifted && query.pageNumber > 1 ? [User(id: "u0000", name: "Aaron", email: "a@acme.test")] + users : users
        let items = list.dropFirst(min(query.offset, list.count)).prefix(query.effectivePageSize)
        return UserPage(count: list.count, items: Array(items))
    }

    func getUser(id: String) async throws(BackendError) -> UserDetails {
        await enter { _ in }
        defer { leave() }
        guard let n = Int(id.dropFirst()), (1...count).contains(n) else { throw .notFound }
        return UserDetails(user: Self.user(n), roles: Self.roles(n))
    }

    private func enter(_ note: (inout Counts) -> Void) async {
        counts.withLock {
            $0.inFlight += 1
            $0.maxInFlight = max($0.maxInFlight, $0.inFlight)
            note(&$0)
        }
        for _ in 0..<20 { await Task.yield() }
    }

    private func leave() { counts.withLock { $0.inFlight -= 1 } }

    func getOrganization() async throws(BackendError) -> Organization { throw .forbidden }
    func getMe() async throws(BackendError) -> UserDetails { throw .forbidden }
    func updateMe(_ update: UserUpdate) async throws(BackendError) -> User { throw .forbidden }
    func deleteUser(id: String) async throws(BackendError) { throw .forbidden }
    func resetPassword(id: String) async throws(BackendError) { throw .forbidden }
    func setRoles(id: String, roles: Set<Role>, basedOn: Set<Role>?) async throws(BackendError) { throw .forbidden }
    func inviteUser(_ invitation: Invitation) async throws(BackendError) { throw .forbidden }
}
