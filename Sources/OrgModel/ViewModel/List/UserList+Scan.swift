extension UserList {
    /// After the first page of a narrowed query failed as `.unsupported` (a backend that cannot filter):
    /// scans the users instead, from an empty list; nil for any other failure, or an unnarrowed list.
    mutating func scanInstead(after error: BackendError, nextRequestID: inout Int) -> [Effect]? {
        guard case .unsupported = error, isNarrowed else { return nil }
        let effects = cancelPageRequests()
        let id = RequestID.take(&nextRequestID)
        previous = nil
        pages = [:]
        count = 0
        cursor = 0
        top = 0
        scan = ListScan(id: id)
        return effects + [
            .scanUsers(
                id, UserQuery(pageNumber: 1, search: nameSearch, roles: roleFilter, connection: connectionFilter))
        ]
    }

    /// Rows the scan `id` found, placed after those found before, and its progress; false when the list
    /// no longer waits for that scan.
    mutating func scanned(_ id: RequestID, _ users: [User], _ progress: ScanProgress, bodyRows: Int) -> Bool {
        guard scan?.id == id, scan?.running == true else { return false }
        scan?.progress = progress
        var index = count ?? 0
        for user in users {
            pages[Self.page(of: index), default: []].append(user)
            index += 1
        }
        count = index
        window.scroll(bodyRows: bodyRows)
        return true
    }

    /// The end of the scan `id`: the list then shows its normal count when it was complete, the partial count
    /// otherwise; returns what the status line says, or nil when the list no longer waits for that scan.
    mutating func scanEnded(_ id: RequestID, _ result: Result<ScanProgress, BackendError>) -> StatusMessage? {
        guard scan?.id == id, scan?.running == true else { return nil }
        scan?.running = false
        switch result {
        case .success(let progress):
            scan?.progress = progress
            return .info("Scanned \(progress.scanned.grouped) users: \(progress.found.grouped) found.")
        case .failure(let error):
            let progress = scan?.progress ?? ScanProgress()
            return .failure(
                error,
                "The scan stopped after \(progress.scanned.grouped) of \(progress.total.grouped) users, so the list "
                    + "shows only part of the matches", retryWithR: true)
        }
    }

    /// Stops the running scan, keeping the rows found; nil when no scan runs.
    mutating func stopScan() -> (effects: [Effect], status: StatusMessage)? {
        guard let running = scan, running.running else { return nil }
        scan?.running = false
        let progress = running.progress
        return (
            [.cancel(running.id)],
            .info(
                "Stopped the scan after \(progress.scanned.grouped) of \(progress.total.grouped) users: the "
                    + "\(progress.found.grouped) found are only part of the matches. Press r to scan again.")
        )
    }

    /// Cancels the running scan and forgets it (the query changed, or the list is reloaded).
    mutating func dropScan() -> [Effect] {
        defer { scan = nil }
        guard let scan, scan.running else { return [] }
        return [.cancel(scan.id)]
    }

    /// The scan's summary (`12 found · scanned 1,200 of 5,000`) while it runs or after a stop; nil once it
    /// was complete or when the list shows no scan.
    var scanSummary: String? {
        guard let scan, !scan.progress.complete else { return nil }
        return scan.progress.summary
    }
}
