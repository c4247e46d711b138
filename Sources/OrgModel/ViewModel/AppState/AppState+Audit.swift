extension AppState {
    /// The audit log screen on top, if it is.
    public var auditLog: AuditLog? {
        guard case .auditLog(let log) = screen else { return nil }
        return log
    }

    /// The visible rows of the audit log screen on top (none elsewhere).
    public var auditRows: [AuditRow] {
        guard let log = auditLog else { return [] }
        return log.rows.visibleRange(bodyRows: bodyRows).map { index in
            let record = log.rows.item(at: index)
            return AuditRow(
                index: index, record: record, actor: record.map { knownName(ofUserID: $0.actor) } ?? "",
                target: record.map { knownName(ofUserID: $0.target) } ?? "", isSelected: index == log.rows.cursor)
        }
    }

    /// Opens the audit log, of `user` only or of everyone, and asks for its first page.
    mutating func openAudit(about user: User?) -> [Effect] {
        var log = AuditLog(user: user)
        let effects = loadAudit(&log)
        screens.append(.auditLog(log))
        return effects
    }

    /// What a command means on the audit log screen: moving, reloading, or leaving it.
    mutating func handleAudit(_ command: Command, _ log: AuditLog) -> [Effect] {
        var log = log
        switch command {
        case .up, .down, .pageUp, .pageDown, .first, .last:
            log.rows.move(command, bodyRows: bodyRows)
        case .reload:
            // From the first page again (keeping the cursor): new entries come first.
            let cancels = log.rows.pageRequests.values.sorted().map(Effect.cancel)
            log.rows.pageRequests = [:]
            log.rows.pages = [:]
            log.rows.count = nil
            status = .info("Reloading…")
            let effects = cancels + loadAudit(&log)
            replaceTop(.auditLog(log))
            return effects
        default:
            pop()
            return log.rows.pageRequests.values.sorted().map(Effect.cancel)
        }
        let effects = loadAudit(&log)
        replaceTop(.auditLog(log))
        return effects
    }

    /// The answer to a page of the audit log: shown if its screen still waits for it. A backend without
    /// an audit log closes the screen and says so.
    mutating func auditLoaded(_ id: RequestID, page: Int, _ result: Result<AuditPage, BackendError>) -> [Effect] {
        guard
            let index = screens.lastIndex(where: { screen in
                guard case .auditLog(let log) = screen else { return false }
                return log.rows.pageRequests[page] == id
            }), case .auditLog(var log) = screens[index]
        else { return [] }
        log.rows.pageRequests[page] = nil
        switch result {
        case .success(let reply):
            if log.rows.count != reply.count { log.rows.pages = [:] }
            log.rows.count = max(0, reply.count)
            log.rows.pages[page] = Array(reply.items.prefix(PagedRows<AuditRecord>.pageSize))
            log.rows.scroll(bodyRows: bodyRows)
            let effects = loadAudit(&log)
            screens[index] = .auditLog(log)
            return effects
        case .failure(.unsupported(let detail)):
            screens.removeSubrange(index...)
            status = .error(detail)
            return log.rows.pageRequests.values.sorted().map(Effect.cancel)
        case .failure(let error):
            screens[index] = .auditLog(log)
            status = .failure(error, "Could not load the audit log (page \(page))", retryWithR: true)
            return []
        }
    }

    /// Keeps the audit log on top scrolled and loaded after the terminal's size changed.
    mutating func auditResized() -> [Effect] {
        guard var log = auditLog else { return [] }
        log.rows.scroll(bodyRows: bodyRows)
        let effects = loadAudit(&log)
        replaceTop(.auditLog(log))
        return effects
    }

    /// Requests the needed pages that are neither cached nor requested, cancels requests for pages that
    /// scrolled out of view, and evicts pages.
    private mutating func loadAudit(_ log: inout AuditLog) -> [Effect] {
        let needed = log.rows.neededPages(bodyRows: bodyRows)
        let userID = log.user?.id
        let effects = log.rows.requestPages(
            needed, newRequestID: { newRequestID() },
            load: { .loadAudit($0, AuditQuery(pageNumber: $1, userID: userID)) })
        log.rows.evictPages(keeping: needed)
        return effects
    }

    /// A user's name when the state knows it (yourself, a listed or marked user), else the id.
    private func knownName(ofUserID id: String) -> String {
        me?.id == id ? me?.name ?? id : name(ofUserID: id)
    }
}
