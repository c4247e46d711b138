extension UserList {
    /// The count-only query (page size 0) that the organization's total comes from: cheap on every backend.
    static let totalQuery = UserQuery(pageSize: 0)

    /// Whether the list shows only some users: a search, or a role or connection filter.
    public var isNarrowed: Bool { nameSearch != nil || isFiltered }

    /// How many users match of the organization's total, such as `84 of 2,001`, while the list is narrowed
    /// and both are known; nil otherwise (the title line then says what it said without the total).
    public var countOfTotal: String? {
        guard isNarrowed, scanSummary == nil, let count, let total, count <= total else { return nil }
        return "\(count.grouped) of \(total.grouped)"
    }

    /// Asks for the total when the list is narrowed and the total is neither known nor asked for already.
    mutating func requestTotalIfUnknown(nextRequestID: inout Int) -> [Effect] {
        guard isNarrowed, total == nil, totalRequest == nil else { return [] }
        return requestTotal(nextRequestID: &nextRequestID)
    }

    /// Asks for the total again while the list is narrowed (a reload), cancelling the request in flight; the
    /// total known stays shown until the answer. Unnarrowed, the count of the list's pages is the total.
    mutating func recount(nextRequestID: inout Int) -> [Effect] {
        guard isNarrowed else { return [] }
        let cancel = totalRequest.map { [Effect.cancel($0)] } ?? []
        return cancel + requestTotal(nextRequestID: &nextRequestID)
    }

    /// Asks for the total again when the live refresh's `effects` reload pages (the organization changed).
    mutating func recount(reloading effects: [Effect], nextRequestID: inout Int) -> [Effect] {
        guard effects.contains(where: { if case .loadPage = $0 { true } else { false } }) else { return [] }
        return recount(nextRequestID: &nextRequestID)
    }

    /// The answer to the total's request. A failure leaves the total as it was: the list never waits for it.
    mutating func totalCounted(_ result: Result<UserPage, BackendError>) {
        totalRequest = nil
        if case .success(let page) = result { total = max(0, page.count) }
    }

    private mutating func requestTotal(nextRequestID: inout Int) -> [Effect] {
        let id = RequestID.take(&nextRequestID)
        totalRequest = id
        return [.loadPage(id, Self.totalQuery)]
    }
}
