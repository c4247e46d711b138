import Foundation

/// Performs the backend effects that `reduce` returns and sends each answer back as an `Event`.
///
/// Requests run concurrently, at most `maxInFlight` at a time (the others wait their turn). Each runs
/// in a task kept under its `RequestID`, so `.cancel(id)` cancels it; a cancelled request sends nothing.
/// `.debounceSearch` and `.wait` sleep, then send `searchDebounceElapsed` or `waited`; `.watchChanges` asks the
/// change counter each period and sends `changesChecked` only once it moved. Effects that are not backend work
/// (`copyToClipboard`, `quit`) are the caller's: split them off with `Effect.isBackendWork`.
public final class EffectRunner<B: Backend>: @unchecked Sendable {
    private let backend: B
    private let send: @Sendable (Event) -> Void
    private let limiter: Limiter
    private let maxInFlight: Int
    /// The roles read by scans this session, kept current by our own role changes.
    let roleCache = RoleCache()
    private let lock = NSLock()
    private var tasks: [RequestID: Task<Void, Never>] = [:]

    /// - Parameters:
    ///   - maxInFlight: how many backend calls may run at once.
    ///   - send: receives every answer, on any thread (the terminal's main loop wakes up on it).
    public init(backend: B, maxInFlight: Int = 8, send: @escaping @Sendable (Event) -> Void) {
        self.backend = backend
        self.send = send
        limiter = Limiter(limit: maxInFlight)
        self.maxInFlight = maxInFlight
    }

    /// Starts the effects in order; returns at once.
    public func perform(_ effects: [Effect]) {
        for effect in effects { perform(effect) }
    }

    /// Cancels everything in flight (when the program leaves).
    public func cancelAll() {
        let running = lock.withLock { () -> [Task<Void, Never>] in
            defer { tasks = [:] }
            return Array(tasks.values)
        }
        for task in running { task.cancel() }
    }

    /// How many requests and timers have not finished yet.
    var pendingCount: Int { lock.withLock { tasks.count } }

    private func perform(_ effect: Effect) {
        switch effect {
        case .getOrganization(let id):
            start(id) {
                .organizationLoaded(
                    id,
                    await self.call { b throws(BackendError) in
                        try await b.getOrganization()
                    })
            }
        case .getMe(let id):
            start(id) { .meLoaded(id, await self.call { b throws(BackendError) in try await b.getMe() }) }
        case .loadPage(let id, let query):
            start(id) {
                .pageLoaded(
                    id, pageNumber: query.pageNumber,
                    await self.call { b throws(BackendError) in
                        try await b.listUsers(query)
                    })
            }
        case .loadDetails(let id, let userIDs):
            startDetails(id, userIDs)
        case .scanUsers(let id, let query):
            startScan(id, query)
        case .setRoles(let id, let userID, let roles, let basedOn):
            start(id) {
                let result = await self.done { b throws(BackendError) in
                    try await b.setRoles(id: userID, roles: roles, basedOn: basedOn)
                }
                if case .success = result { self.roleCache.store(roles, for: userID) }
                return .rolesSaved(id, result)
            }
        case .changeRoles(let id, let userID, let delta):
            start(id) {
                let result = await self.changeRoles(userID, delta)
                if case .success(let change) = result { self.roleCache.store(change.after, for: userID) }
                return .rolesApplied(id, result)
            }
        case .invite(let id, let invitation):
            start(id) { .invited(id, await self.done { b throws(BackendError) in try await b.inviteUser(invitation) }) }
        case .delete(let id, let userID):
            start(id) {
                let result = await self.done { b throws(BackendError) in try await b.deleteUser(id: userID) }
                if case .success = result { self.roleCache.forget(userID) }
                return .deleted(id, result)
            }
        case .resetPassword(let id, let userID):
            start(id) {
                .passwordResetSent(
                    id,
                    await self.done { b throws(BackendError) in
                        try await b.resetPassword(id: userID)
                    })
            }
        case .updateMe(let id, let update):
            start(id) { .profileSaved(id, await self.call { b throws(BackendError) in try await b.updateMe(update) }) }
        case .loadAudit(let id, let query):
            start(id) {
                .auditLoaded(
                    id, pageNumber: query.pageNumber,
                    await self.call { b throws(BackendError) in try await b.listAudit(query) })
            }
        case .loadInvitations(let id, let query):
            start(id) {
                .invitationsLoaded(
                    id, pageNumber: query.pageNumber,
                    await self.call { b throws(BackendError) in try await b.listInvitations(query) })
            }
        case .revokeInvitation(let id, let email):
            start(id) {
                .invitationRevoked(
                    id, await self.done { b throws(BackendError) in try await b.revokeInvitation(email: email) })
            }
        case .debounceSearch(let id, let milliseconds):
            start(id) {
                try? await Task.sleep(for: .milliseconds(milliseconds))
                return .searchDebounceElapsed(id)
            }
        case .wait(let id, let milliseconds):
            start(id) {
                try? await Task.sleep(for: .milliseconds(milliseconds))
                return .waited(id)
            }
        case .watchChanges(let id, let since, let every):
            start(id) { .changesChecked(id, await self.watch(since: since, every: every)) }
        case .cancel(let id):
            lock.withLock { tasks.removeValue(forKey: id) }?.cancel()
        case .copyToClipboard, .quit, .switchProfile, .listProfiles, .createStore:
            break
        }
    }

    /// Runs one request in a task kept under its id, and sends its answer unless it was cancelled.
    private func start(_ id: RequestID, _ work: @escaping @Sendable () async -> Event) {
        track(id) {
            let event = await work()
            self.emit(event)
        }
    }

    /// Fetches each user's details concurrently (within the bound), sending each answer as it comes.
    private func startDetails(_ id: RequestID, _ userIDs: [String]) {
        track(id) {
            await withTaskGroup(of: Void.self) { group in
                for userID in userIDs {
                    group.addTask {
                        let result = await self.call { b throws(BackendError) in try await b.getUser(id: userID) }
                        self.emit(.detailsLoaded(id, userID: userID, result))
                    }
                }
            }
        }
    }

    /// Scans the users for `query` (`UserScan`, within `maxInFlight`, roles from `roleCache`), sending the rows
    /// found as they come and the end; a cancelled scan sends nothing more.
    private func startScan(_ id: RequestID, _ query: UserQuery) {
        let scan = UserScan(query: query, concurrency: maxInFlight)
        track(id) {
            let result: Result<ScanProgress, BackendError>
            do throws(BackendError) {
                result = .success(
                    try await scan.run(on: self.backend, cache: self.roleCache) { users, progress in
                        self.emit(.usersScanned(id, users, progress))
                    })
            } catch {
                result = .failure(error)
            }
            self.emit(.scanEnded(id, result))
        }
    }

    /// How many times `changeRoles` reads and compares-and-sets before it gives up on a busy user.
    static var roleAttempts: Int { 3 }

    /// Reads the user's roles, applies `delta` and sets the result based on what was read; when the roles
    /// change in between, reads again, at most `roleAttempts` times.
    private func changeRoles(_ userID: String, _ delta: RoleDelta) async -> Result<RoleTransition, BackendError> {
        var lastError = BackendError.rolesChanged(current: [])
        for _ in 0..<Self.roleAttempts {
            let read = await call { b throws(BackendError) in try await b.getUser(id: userID).roles }
            guard case .success(let before) = read else { return read.map { RoleTransition(before: $0, after: $0) } }
            let after = delta.applied(to: before)
            guard after != before else { return .success(RoleTransition(before: before, after: after)) }
            let saved = await done { b throws(BackendError) in
                try await b.setRoles(id: userID, roles: after, basedOn: before)
            }
            switch saved {
            case .success: return .success(RoleTransition(before: before, after: after))
            case .failure(.rolesChanged(let current)): lastError = .rolesChanged(current: current)
            case .failure(let error): return .failure(error)
            }
        }
        return .failure(lastError)
    }

    /// Creates the task under the lock, so that a `cancel` right after always finds it and a task that
    /// ends at once still removes itself.
    private func track(_ id: RequestID, _ body: @escaping @Sendable () async -> Void) {
        lock.withLock {
            tasks[id] = Task {
                await body()
                self.lock.withLock { _ = self.tasks.removeValue(forKey: id) }
            }
        }
    }

    /// The change counter once it differs from `since` (asked every `every` ms, the first time after one
    /// pause), at once when `since` is nil; nil when the backend cannot tell; or the first failure.
    private func watch(since: Int?, every: Int) async -> Result<Int?, BackendError> {
        while true {
            if since != nil { try? await Task.sleep(for: .milliseconds(every)) }
            let result = await call { b throws(BackendError) in try await b.changeCounter() }
            guard case .success(let counter?) = result, counter == since, !Task.isCancelled else { return result }
        }
    }

    /// One backend call that answers nothing.
    private func done(_ body: (B) async throws(BackendError) -> Void) async -> Result<Done, BackendError> {
        await call { b throws(BackendError) in
            try await body(b)
            return Done()
        }
    }

    private func emit(_ event: Event) {
        if !Task.isCancelled { send(event) }
    }

    /// One backend call within the concurrency bound.
    private func call<T>(_ body: (B) async throws(BackendError) -> T) async -> Result<T, BackendError> {
        if Task.isCancelled { return .failure(.network("cancelled")) }
        await limiter.acquire()
        defer { limiter.release() }
        if Task.isCancelled { return .failure(.network("cancelled")) }
        do {
            return .success(try await body(backend))
        } catch {
            return .failure(error)
        }
    }
}
