extension UserScan {
    /// What each page's task needs: the scan, the backend, the role cache, the bound and the tally.
    /// A page's matches in its order, and whether it was checked whole (not after a stop).
    struct PageMatches: Sendable {
        var users: [User]
        var whole: Bool
    }

    /// What a page's task answers: its number and its matches or failure.
    struct PageAnswer: Sendable {
        var number: Int
        var result: Result<PageMatches, BackendError>
    }

    struct PageContext: Sendable {
        let scan: UserScan
        let backend: any Backend
        let cache: RoleCache
        let limiter: Limiter
        let tally: ScanTally

        /// Reads `pages` at once within the bound and reports their matches in order. Returns whether every
        /// page was read whole (false after a stop); throws the first failure.
        func read(pages: ClosedRange<Int>, stopped: @escaping @Sendable () -> Bool) async throws(BackendError)
            -> Bool
        {
            let (whole, failure) = await withTaskGroup(of: PageAnswer.self) { group in
                for number in pages {
                    group.addTask {
                        do throws(BackendError) {
                            let matches = try await check(page: number, stopped: stopped)
                            return PageAnswer(number: number, result: .success(matches))
                        } catch {
                            return PageAnswer(number: number, result: .failure(error))
                        }
                    }
                }
                var waiting: [Int: [User]] = [:]
                var next = pages.lowerBound
                var whole = true
                var failure: BackendError?
                for await answer in group {
                    switch answer.result {
                    case .success(let page):
                        waiting[answer.number] = page.users
                        whole = whole && page.whole
                    case .failure(let error):
                        if failure == nil { failure = error }
                        group.cancelAll()
                    }
                    while failure == nil, let users = waiting.removeValue(forKey: next) {
                        tally.found(users)
                        next += 1
                    }
                }
                return (whole, failure)
            }
            if let failure { throw failure }
            return whole
        }

        /// One page's matches in its order, and whether it was checked whole.
        private func check(page number: Int, stopped: @escaping @Sendable () -> Bool) async throws(BackendError)
            -> PageMatches
        {
            guard
                let page = try await limited(
                    stopped,
                    { () throws(BackendError) in
                        try await backend.listUsers(scan.pageQuery(number))
                    })
            else { return PageMatches(users: [], whole: false) }
            tally.listed(count: page.count, items: page.items.count, page: number)
            let fresh = tally.claim(page.items)
            let candidates = fresh.filter(scan.matchesListed)
            let readsRoles = !scan.roles.isEmpty || scan.readsRoles
            tally.checked(fresh.count - (readsRoles ? candidates.count : 0))
            if !readsRoles { return PageMatches(users: candidates, whole: true) }
            let (held, whole, failure) = await withTaskGroup(of: (Int, Result<Bool, BackendError>?).self) { group in
                for (index, user) in candidates.enumerated() {
                    group.addTask { (index, await holdsRoles(user, stopped: stopped)) }
                }
                var held = [Bool](repeating: false, count: candidates.count)
                var whole = true
                var failure: BackendError?
                for await (index, result) in group {
                    switch result {
                    case .success(let holds)?: held[index] = holds
                    case .failure(let error)?:
                        if failure == nil { failure = error }
                        group.cancelAll()
                    case nil: whole = false
                    }
                }
                return (held, whole, failure)
            }
            if let failure { throw failure }
            return PageMatches(users: candidates.indices.filter { held[$0] }.map { candidates[$0] }, whole: whole)
        }

        /// Whether `user` holds any of the scan's roles (or the scan has none), from the cache or a `getUser`; a
        /// user deleted meanwhile holds none. Nil when stopped before asking.
        private func holdsRoles(_ user: User, stopped: @escaping @Sendable () -> Bool) async
            -> Result<Bool, BackendError>?
        {
            if let roles = cache.roles(of: user.id) {
                tally.checked(1)
                return .success(matches(roles))
            }
            do throws(BackendError) {
                guard
                    let details = try await limited(
                        stopped,
                        { () throws(BackendError) in
                            try await backend.getUser(id: user.id)
                        })
                else { return nil }
                tally.checked(1)
                cache.store(details.roles, for: user.id)
                return .success(matches(details.roles))
            } catch .notFound {
                tally.checked(1)
                cache.forget(user.id)
                return .success(false)
            } catch {
                return .failure(error)
            }
        }

        private func matches(_ roles: Set<Role>) -> Bool {
            scan.roles.isEmpty || !roles.isDisjoint(with: scan.roles)
        }

        /// `body` once a slot of the bound is free, or nil when the scan was stopped meanwhile.
        private func limited<T>(
            _ stopped: () -> Bool, _ body: () async throws(BackendError) -> T
        ) async throws(BackendError) -> T? {
            await limiter.acquire()
            defer { limiter.release() }
            if stopped() { return nil }
            return try await body()
        }
    }
}
