import OrgModel
import Synchronization
import Testing

@Suite struct UserScanTests {
    /// The matches and every report of a scan of `backend`.
    private static func scan(
        _ query: UserQuery, on backend: FilterBlindBackend, cache: RoleCache = RoleCache(), concurrency: Int = 8,
        shouldStop: @escaping @Sendable () -> Bool = { false }
    ) async throws -> (users: [User], reports: [ScanProgress], end: ScanProgress) {
        let heard = Mutex<([User], [ScanProgress])>(([], []))
        let end = try await UserScan(query: query, concurrency: concurrency).run(
            on: backend, cache: cache, shouldStop: shouldStop
        ) { users, progress in
            heard.withLock {
                $0.0 += users
                $0.1.append(progress)
            }
        }
        let (users, reports) = heard.withLock { $0 }
        return (users, reports, end)
    }

    @Test func anEmailScanFindsExactlyTheMatchesInTheListsOrder() async throws {
        let backend = FilterBlindBackend.organization(1_000)
        let (users, reports, end) = try await Self.scan(UserQuery(emailSearch: "GMAIL.com"), on: backend)
        let expected = backend.users.map(\.user).filter { $0.email.lowercased().contains("gmail.com") }
        #expect(users == expected)
        #expect(users.count == 40)
        #expect(end == ScanProgress(scanned: 1_000, total: 1_000, found: 40, complete: true))
        #expect(await backend.listCalls == 10)
        #expect(await backend.userReads.isEmpty)
        #expect(await backend.queries.allSatisfy { !$0.hasExtensions && $0.nameSearch == nil })
        #expect(zip(reports, reports.dropFirst()).allSatisfy { $0.scanned <= $1.scanned && $0.found <= $1.found })
    }

    @Test func aRoleScanReadsEachUserOnceAndASecondFilterSendsNoGetUser() async throws {
        let backend = FilterBlindBackend.organization(450)
        let cache = RoleCache()
        let admins = try await Self.scan(UserQuery(roles: [.admin]), on: backend, cache: cache, concurrency: 4)
        #expect(admins.users == backend.users.filter { $0.roles.contains(.admin) }.map(\.user))
        #expect(admins.end == ScanProgress(scanned: 450, total: 450, found: 45, complete: true))
        #expect(await backend.userReads.count == 450)
        #expect(await backend.maxInFlight <= 4)
        #expect(cache.count == 450)

        let analysts = try await Self.scan(UserQuery(roles: [.analyst]), on: backend, cache: cache)
        #expect(analysts.users.count == 405)
        #expect(await backend.userReads.count == 450)
    }

    @Test func rolesAreReadOnlyForUsersTheListAlreadyMatched() async throws {
        let backend = FilterBlindBackend.organization(300)
        let query = UserQuery(roles: [.admin], emailSearch: "gmail", connection: .googleOAuth2)
        let (users, _, end) = try await Self.scan(query, on: backend)
        let expected = backend.users.filter {
            $0.roles.contains(.admin) && $0.email.lowercased().contains("gmail") && $0.id.hasPrefix("google-oauth2|")
        }
        #expect(users == expected.map(\.user))
        #expect(end.complete)
        let candidates = backend.users.filter { $0.email.contains("Gmail") && $0.id.hasPrefix("google-oauth2|") }
        #expect(await backend.userReads.count == candidates.count)
    }

    @Test func aNameOutsideThePlatformsRuleIsMatchedHereWithoutCaseOrAccents() async throws {
        let backend = FilterBlindBackend.organization(300)
        let accented = try await Self.scan(UserQuery(nameSearch: "GARCÍA"), on: backend)
        #expect(
            accented.users.map(\.name) == [
                "José García 107", "José García 157", "José García 207", "José García 257", "José García 57",
                "José García 7",
            ])
        #expect(await backend.queries.allSatisfy { $0.nameSearch == nil })

        let plain = FilterBlindBackend.organization(300)
        let ascii = try await Self.scan(UserQuery(nameSearch: "jose"), on: plain)
        #expect(ascii.users.isEmpty)
        #expect(await plain.queries.map(\.nameSearch) == ["jose"])
        #expect(UserScan.scansName("최서연") && UserScan.scansName("García") && UserScan.scansName("Ng"))
        #expect(!UserScan.scansName("Garcia") && !UserScan.scansName("  ") && !UserScan.scansName("ann1"))
    }

    @Test func aStopEndsTheScanWithWhatWasFound() async throws {
        let backend = FilterBlindBackend.organization(2_000)
        let asked = Mutex(0)
        let (users, _, end) = try await Self.scan(
            UserQuery(roles: [.admin]), on: backend, concurrency: 2,
            shouldStop: {
                asked.withLock {
                    $0 += 1
                    return $0 > 150
                }
            })
        #expect(!end.complete)
        #expect(end.summary.hasSuffix("of 2,000"))
        #expect(await backend.userReads.count + backend.listCalls <= 150)
        #expect(end.scanned < 2_000)
        #expect(users.count == end.found)
        #expect(users.allSatisfy { user in backend.users.contains { $0.user == user && $0.roles.contains(.admin) } })
    }

    @Test func theProgressReadsAsItIsShown() {
        #expect(ScanProgress(scanned: 1_200, total: 5_000, found: 12).summary == "12 found · scanned 1,200 of 5,000")
        #expect(ScanProgress(scanned: 5_000, total: 5_000, found: 12, complete: true).summary == "12 found")
    }

    @Test func aRoleCacheEntryIsReadAgainOnceOld() {
        let clock = Mutex(ContinuousClock.now)
        let cache = RoleCache(maxAge: .seconds(60)) { clock.withLock { $0 } }
        cache.store([.admin], for: "auth0|1")
        #expect(cache.roles(of: "auth0|1") == [.admin])
        clock.withLock { $0 += .seconds(61) }
        #expect(cache.roles(of: "auth0|1") == nil)
        cache.store([.analyst], for: "auth0|1")
        cache.forget("auth0|1")
        #expect(cache.roles(of: "auth0|1") == nil)
    }
}

extension UserScanTests {
    /// A list that claims more users than it holds: it answers `count` and no items past `users`.
    actor ClaimingBackend: Backend {
        let count: Int
        private(set) var pagesRead = 0

        init(count: Int) { self.count = count }

        func listUsers(_ query: UserQuery) async throws(BackendError) -> UserPage {
            pagesRead += 1
            let items = query.pageNumber == 1 ? [User(id: "auth0|1", name: "Ann", email: "ann@gmail.com")] : []
            return UserPage(count: count, items: items)
        }

        func getUser(id: String) async throws(BackendError) -> UserDetails { throw .notFound }
        func getOrganization() async throws(BackendError) -> Organization { throw .unsupported("") }
        func getMe() async throws(BackendError) -> UserDetails { throw .unsupported("") }
        func updateMe(_ update: UserUpdate) async throws(BackendError) -> User { throw .unsupported("") }
        func deleteUser(id: String) async throws(BackendError) { throw .unsupported("") }
        func resetPassword(id: String) async throws(BackendError) { throw .unsupported("") }
        func setRoles(id: String, roles: Set<Role>, basedOn: Set<Role>?) async throws(BackendError) {
            throw .unsupported("")
        }
        func inviteUser(_ invitation: Invitation) async throws(BackendError) { throw .unsupported("") }
    }

    @Test(arguments: [Int.max, 1_000_000_000])
    func aCountTheListDoesNotHoldEndsAtTheFirstEmptyPage(_ count: Int) async throws {
        let backend = ClaimingBackend(count: count)
        let found = Mutex<[User]>([])
        let end = try await UserScan(query: UserQuery(emailSearch: "gmail")).run(on: backend, cache: RoleCache()) {
            users, _ in found.withLock { $0 += users }
        }
        #expect(found.withLock { $0.map(\.name) } == ["Ann"])
        #expect(end.found == 1 && end.complete)
        #expect(await backend.pagesRead <= 1 + UserScan.pagesAtOnce)
    }
}
