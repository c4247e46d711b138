/// Finds the users a filtered query asks for on a backend that cannot filter them: the platform's API lacks
/// `role`, `email_search` and `connection`, and takes a name only as `^[a-zA-Z ]{3,}$`.
///
/// It reads every page of `listUsers` (name-filtered when the term fits that rule, else unfiltered), matches
/// the email (without case), the sign-in method (read from the id) and the name (`NameFold`) here, then reads
/// the roles of each remaining candidate with `getUser`, or from the session's `RoleCache`. At most
/// `concurrency` requests are in flight, pages and users together. Matches are handed over page by page in the
/// list's order, as soon as the pages before are done, with the progress; a stop (`shouldStop`, or the task
/// cancelled) sends nothing more and ends with what was found.
public struct UserScan: Hashable, Sendable {
    /// A name term, matched with `NameFold`; sent with the pages when it fits the platform's rule.
    public var nameSearch: String?
    /// Only users holding any of these; empty for any role.
    public var roles: Set<Role>
    /// A part of the email address, without case.
    public var emailSearch: String?
    /// Only users whose id says they sign in this way.
    public var connection: Connection?
    /// The most requests in flight at once.
    public var concurrency: Int
    /// The most pages read at once (their users' roles with them), whatever count the list claims.
    public static let pagesAtOnce = 32

    /// Whether every match's roles are read (into the cache) even without a role filter, to print them.
    public var readsRoles = false

    /// The scan for `query`'s filters (its page number and size aside).
    public init(query: UserQuery, concurrency: Int = 8) {
        nameSearch = query.nameSearch
        roles = query.roles
        emailSearch = query.emailSearch
        connection = query.connection
        self.concurrency = max(1, concurrency)
    }

    /// Whether `term` is a name only a scan can search on the platform: outside the seed's rule
    /// (`^[a-zA-Z ]{3,}$`) but within our own backends' (`García`, `최서연`, `Ng`).
    public static func scansName(_ term: String) -> Bool {
        Validation.nameSearchProblem(term) != nil && Validation.anyScriptNameSearchProblem(term) == nil
    }

    /// The query each page is read with: the name when the platform takes it, no other filter.
    func pageQuery(_ number: Int) -> UserQuery {
        let name = nameSearch.flatMap { Validation.nameSearchProblem($0) == nil ? $0 : nil }
        return UserQuery(pageNumber: number, pageSize: UserQuery.maxPageSize, nameSearch: name)
    }

    /// Whether `user` matches what the list tells: name, email and sign-in method.
    func matchesListed(_ user: User) -> Bool {
        if let nameSearch, !NameFold.key(user.name).contains(NameFold.key(nameSearch)) { return false }
        if let emailSearch, !user.email.lowercased().contains(emailSearch.lowercased()) { return false }
        if let connection, user.signInConnection != connection { return false }
        return true
    }

    /// Scans `backend`, handing each page's matches (possibly none) and the progress to `report`, from any
    /// thread, one call at a time; progress alone comes at least every 100 users checked. Returns the progress
    /// at the end: `complete` unless stopped. The first failure ends the scan and is thrown, after the matches
    /// of the pages before it were reported.
    public func run(
        on backend: any Backend, cache: RoleCache, shouldStop: @escaping @Sendable () -> Bool = { false },
        report: @escaping @Sendable ([User], ScanProgress) -> Void
    ) async throws(BackendError) -> ScanProgress {
        let tally = ScanTally(report: report)
        let limiter = Limiter(limit: concurrency)
        let stopped = { @Sendable in shouldStop() || Task.isCancelled }
        let context = PageContext(scan: self, backend: backend, cache: cache, limiter: limiter, tally: tally)
        var done = 0
        var complete = true
        while complete {
            let last = done == 0 ? 1 : min(tally.pages(of: UserQuery.maxPageSize), done + Self.pagesAtOnce)
            guard last > done else { break }
            let round = try await context.read(pages: (done + 1)...last, stopped: stopped)
            complete = round
            done = last
        }
        return tally.finish(complete: complete && !stopped())
    }
}
