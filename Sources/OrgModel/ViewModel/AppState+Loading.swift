extension AppState {
    /// Loads the organization, me and the first page at once.
    mutating func start() -> [Effect] {
        let org = newRequestID(), me = newRequestID(), page = newRequestID()
        organizationRequest = org
        meRequest = me
        users.pageRequests[1] = page
        return [.getOrganization(org), .getMe(me), .loadPage(page, UserQuery(pageNumber: 1))]
    }
}
