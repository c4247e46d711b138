extension InvitationList: ScreenState {
    var screen: Screen { .invitations(self) }

    /// The screen's reducer. While the question is asked, `y` (or Enter on Yes) revokes, Tab moves between No
    /// and Yes, and anything else cancels. Otherwise the moving keys move the cursor, `d` asks about the
    /// invitation under it, `r` reloads, and anything else closes the screen, cancelling its page requests.
    mutating func reduce(_ command: Command, _ context: inout ScreenContext) -> [ScreenOutcome] {
        if let question { return answer(command, about: question, &context) }
        switch command {
        case .up, .down, .pageUp, .pageDown, .first, .last:
            rows.move(command, bodyRows: context.bodyRows)
            return [.perform(load(&context))]
        case .delete:
            guard canRevoke else { return [] }
            question = selected
            yesSelected = false
            return []
        case .reload:
            return [.status(.info("Reloading…")), .perform(reload(&context))]
        default:
            return [.close, .perform(cancelRequests())]
        }
    }

    /// A page's answer: shown, or the failure said (`r` retries); a backend that keeps no invitations says so
    /// in place of the list.
    mutating func loaded(_ page: Int, _ result: Result<InvitationPage, BackendError>, _ context: inout ScreenContext)
        -> [ScreenOutcome]
    {
        rows.pageRequests[page] = nil
        switch result {
        case .success(let reply):
            rows.store(page: page, items: reply.items, count: reply.count)
            return fit(&context)
        case .failure(.unsupported(let detail)):
            unsupported = detail
            rows.count = 0
            return [.perform(cancelRequests())]
        case .failure(let error):
            return [.status(.failure(error, "Could not load the invitations (page \(page))", retryWithR: true))]
        }
    }

    /// A revocation's answer: the list reloads and the status line says what happened. An invitation that was
    /// no longer pending is said so, in the store's words.
    mutating func revoked(_ result: Result<Done, BackendError>, _ context: inout ScreenContext) -> [ScreenOutcome] {
        guard let email = revoking?.email else { return [] }
        revoking = nil
        let status: StatusMessage =
            switch result {
            case .success: .success("The invitation to \(email) was revoked: they can no longer join with it.")
            case .failure(.notFound): .error(OrganizationRules.notInvited(email))
            case .failure(let error): .failure(error, "The invitation to \(email) was not revoked")
            }
        return [.status(status), .perform(reload(&context))]
    }

    /// Keeps the cursor visible in the body and loads what it shows (once opened, after an answer or a resize).
    mutating func fit(_ context: inout ScreenContext) -> [ScreenOutcome] {
        rows.scroll(bodyRows: context.bodyRows)
        return [.perform(load(&context))]
    }

    /// The question's answer: Yes sends the revocation, No (or any other key) closes the question.
    private mutating func answer(_ command: Command, about pending: PendingInvitation, _ context: inout ScreenContext)
        -> [ScreenOutcome]
    {
        switch command {
        case .nextField, .previousField:
            yesSelected.toggle()
            return []
        case .confirm:
            return revoke(pending, &context)
        case .submit where yesSelected:
            return revoke(pending, &context)
        default:
            question = nil
            return [.status(.info("Cancelled: nothing was changed."))]
        }
    }

    /// Sends the revocation of `pending`, closing the question.
    private mutating func revoke(_ pending: PendingInvitation, _ context: inout ScreenContext) -> [ScreenOutcome] {
        question = nil
        let email = pending.invitation.email
        let id = context.newRequestID()
        revoking = Revocation(id: id, email: email)
        return [
            .status(.info("Revoking the invitation to \(email)…")), .perform([.revokeInvitation(id, email: email)]),
        ]
    }

    /// Forgets the pages (and a backend's refusal) and asks for them again.
    private mutating func reload(_ context: inout ScreenContext) -> [Effect] {
        unsupported = nil
        let cancels = cancelRequests()
        rows.pages = [:]
        rows.count = nil
        return cancels + load(&context)
    }

    /// Requests the needed pages that are neither cached nor requested, cancels requests for pages that
    /// scrolled out of view, and evicts pages.
    private mutating func load(_ context: inout ScreenContext) -> [Effect] {
        guard unsupported == nil else { return [] }
        let needed = rows.neededPages(bodyRows: context.bodyRows)
        let effects = rows.requestPages(
            needed, newRequestID: { context.newRequestID() },
            load: { .loadInvitations($0, InvitationQuery(pageNumber: $1)) })
        rows.evictPages(keeping: needed)
        return effects
    }

    /// Cancels every page request in flight.
    private mutating func cancelRequests() -> [Effect] {
        defer { rows.pageRequests = [:] }
        return rows.pageRequests.values.sorted().map(Effect.cancel)
    }
}
