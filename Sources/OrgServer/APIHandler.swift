import OrgAPI
import OrgModel

/// The generated server protocol over the request's Backend. Failures are thrown as `BackendError`,
/// which `ErrorMiddleware` writes as `{"detail": ...}` with the contract's status. The generated code
/// checks types but not openapi.yaml's lengths, patterns or unique items, so each input is checked
/// here against `Validation` before any Backend sees it, whatever the Backend enforces itself.
struct APIHandler: APIProtocol {
    /// The Backend that the request acts as (see `APIRequestContext`).
    private var backend: any Backend {
        get throws(BackendError) {
            guard let backend = APIRequestContext.current?.backend else { throw .unauthorized }
            return backend
        }
    }

    func getOrganization(_ input: Operations.GetOrganization.Input) async throws -> Operations.GetOrganization.Output {
        .ok(.init(body: .json(.init(try await backend.getOrganization()))))
    }

    func getMe(_ input: Operations.GetMe.Input) async throws -> Operations.GetMe.Output {
        .ok(.init(body: .json(.init(try await backend.getMe()))))
    }

    func updateMe(_ input: Operations.UpdateMe.Input) async throws -> Operations.UpdateMe.Output {
        guard case .json(let update) = input.body else { throw BackendError.invalid("The body must be JSON.") }
        try refuse(update.model.problem)
        return .ok(.init(body: .json(.init(try await backend.updateMe(update.model)))))
    }

    func listUsers(_ input: Operations.ListUsers.Input) async throws -> Operations.ListUsers.Output {
        // Every page past Int.max / maxPageSize is empty; capping keeps the offset from overflowing.
        let query = UserQuery(
            pageNumber: min(input.query.pageNumber ?? 1, Int.max / UserQuery.maxPageSize),
            pageSize: input.query.pageSize ?? UserQuery.maxPageSize,
            nameSearch: input.query.nameSearch,
            roles: Set(input.query.role?.map(\.model) ?? []),
            emailSearch: input.query.emailSearch,
            connection: input.query.connection.flatMap { Connection(rawValue: $0.rawValue) }
        )
        try refuse(query.problem)
        guard let slot = APIRequestContext.current?.userPage else {
            return .ok(.init(body: .json(.init(try await backend.listUsers(query)))))
        }
        // UserPageMiddleware writes the items; the generated serializer gets the count alone.
        let count = try await slot.answer(query) { () throws(BackendError) in try await backend.listUsers(query) }
        return .ok(.init(body: .json(.init(UserPage(count: count, items: [])))))
    }

    func inviteUser(_ input: Operations.InviteUser.Input) async throws -> Operations.InviteUser.Output {
        guard case .json(let invitation) = input.body else { throw BackendError.invalid("The body must be JSON.") }
        if invitation.connection == ._empty_ {
            throw BackendError.invalid("connection must be \"google-oauth2\" or null.")
        }
        let model = invitation.model(connectionIsNull: APIRequestContext.current?.invitationConnectionIsNull ?? false)
        try refuse(Validation.repeatedRoleProblem(invitation.roles.map(\.model)) ?? model.problem)
        try await backend.inviteUser(model)
        return .created(.init())
    }

    func getUser(_ input: Operations.GetUser.Input) async throws -> Operations.GetUser.Output {
        let user = try await backend.getUser(id: input.path.id)
        return .ok(.init(headers: .init(eTag: RoleSetTag.tag(user.roles)), body: .json(.init(user))))
    }

    func deleteUser(_ input: Operations.DeleteUser.Input) async throws -> Operations.DeleteUser.Output {
        try await backend.deleteUser(id: input.path.id)
        return .noContent(.init())
    }

    func resetPassword(_ input: Operations.ResetPassword.Input) async throws -> Operations.ResetPassword.Output {
        try await backend.resetPassword(id: input.path.id)
        return .noContent(.init())
    }

    func setRoles(_ input: Operations.SetRoles.Input) async throws -> Operations.SetRoles.Output {
        guard case .json(let roles) = input.body else { throw BackendError.invalid("The body must be JSON.") }
        let list = roles.map(\.model)
        try refuse(Validation.repeatedRoleProblem(list))
        try await setRoles(id: input.path.id, roles: Set(list), ifMatch: input.headers.ifMatch)
        return .noContent(.init())
    }

    func listAudit(_ input: Operations.ListAudit.Input) async throws -> Operations.ListAudit.Output {
        let query = AuditQuery(
            pageNumber: min(input.query.pageNumber ?? 1, Int.max / UserQuery.maxPageSize),
            pageSize: input.query.pageSize ?? UserQuery.maxPageSize, userID: input.query.userId)
        try refuse(query.problem)
        return .ok(.init(body: .json(.init(try await backend.listAudit(query)))))
    }

    func listInvitations(_ input: Operations.ListInvitations.Input) async throws -> Operations.ListInvitations.Output {
        let query = InvitationQuery(
            pageNumber: min(input.query.pageNumber ?? 1, Int.max / UserQuery.maxPageSize),
            pageSize: input.query.pageSize ?? UserQuery.maxPageSize)
        try refuse(query.paging.problem)
        return .ok(.init(body: .json(.init(try await backend.listInvitations(query)))))
    }

    /// 404 names the address: no invitation to it is pending (`OrganizationRules.notInvited`).
    func revokeInvitation(_ input: Operations.RevokeInvitation.Input) async throws
        -> Operations.RevokeInvitation.Output
    {
        let email = input.path.email
        try refuse(Validation.emailLengthProblem(email))
        do {
            try await backend.revokeInvitation(email: email)
        } catch .notFound {
            let detail = ErrorResponse.bounded(OrganizationRules.notInvited(email))
            return .notFound(.init(body: .json(.init(detail: .case1(detail)))))
        }
        return .noContent(.init())
    }

    /// Sets the roles if the user's role set has one of the tags `ifMatch` names (any, without `ifMatch` or
    /// for `*`), else `.rolesChanged` (412) and no change.
    private func setRoles(id: String, roles: Set<Role>, ifMatch: String?) async throws(BackendError) {
        guard let ifMatch, let based = RoleSetTag.roleSets(ifMatch: ifMatch) else {
            return try await backend.setRoles(id: id, roles: roles)
        }
        guard let first = based.first else {
            // No tag names a role set, so none is the current one.
            try refuse(Validation.rolesProblem(roles))
            throw .rolesChanged(current: try await backend.getUser(id: id).roles)
        }
        do {
            try await backend.setRoles(id: id, roles: roles, basedOn: first)
        } catch {
            // An If-Match of several tags holds when any of them is the current one.
            guard case .rolesChanged(let current) = error, based.contains(current) else { throw error }
            try await backend.setRoles(id: id, roles: roles, basedOn: current)
        }
    }

    /// Throws the 422 that `problem` stands for, if any.
    private func refuse(_ problem: String?) throws(BackendError) {
        if let problem { throw .invalid(problem) }
    }
}
