extension AuditLog: ScreenState {
    var screen: Screen { .auditLog(self) }

    /// The log's reducer: the moving keys move the cursor (an open entry shows the next one), Enter opens the
    /// highlighted entry in full and Esc or q closes it, `r` reloads from the first page (keeping the cursor:
    /// new entries come first), and anything else closes the log, cancelling its page requests.
    mutating func reduce(_ command: Command, _ context: inout ScreenContext) -> [ScreenOutcome] {
        switch command {
        case .open:
            isEntryOpen = true
            return []
        case .back where isEntryOpen:
            isEntryOpen = false
            return []
        case .up, .down, .pageUp, .pageDown, .first, .last:
            rows.move(command, bodyRows: context.bodyRows)
            return [.perform(load(&context))]
        case .reload:
            let cancels = cancelRequests()
            rows.pages = [:]
            rows.count = nil
            return [.status(.info("Reloading…")), .perform(cancels + load(&context))]
        default:
            return [.close, .perform(cancelRequests())]
        }
    }

    /// A page's answer: shown, or the failure said (`r` retries); a backend without an audit log closes the
    /// log and says so.
    mutating func loaded(_ page: Int, _ result: Result<AuditPage, BackendError>, _ context: inout ScreenContext)
        -> [ScreenOutcome]
    {
        rows.pageRequests[page] = nil
        switch result {
        case .success(let reply):
            rows.store(page: page, items: reply.items, count: reply.count)
            return fit(&context)
        case .failure(.unsupported(let detail)):
            return [.close, .status(.error(detail)), .perform(cancelRequests())]
        case .failure(let error):
            return [.status(.failure(error, "Could not load the audit log (page \(page))", retryWithR: true))]
        }
    }

    /// Keeps the cursor visible in the body and loads what it shows (once opened, after an answer or a
    /// resize).
    mutating func fit(_ context: inout ScreenContext) -> [ScreenOutcome] {
        rows.scroll(bodyRows: context.bodyRows)
        return [.perform(load(&context))]
    }

    /// Requests the needed pages that are neither cached nor requested, cancels requests for pages that
    /// scrolled out of view, and evicts pages.
    private mutating func load(_ context: inout ScreenContext) -> [Effect] {
        let needed = rows.neededPages(bodyRows: context.bodyRows)
        let userID = user?.id
        let effects = rows.requestPages(
            needed, newRequestID: { context.newRequestID() },
            load: { .loadAudit($0, AuditQuery(pageNumber: $1, userID: userID)) })
        rows.evictPages(keeping: needed)
        return effects
    }

    /// Cancels every page request in flight.
    private mutating func cancelRequests() -> [Effect] {
        defer { rows.pageRequests = [:] }
        return rows.pageRequests.values.sorted().map(Effect.cancel)
    }
}
