import OrgModel

/// Conversions between the generated wire types and the domain types, shared by client and server.
extension Components.Schemas.Organization {
    public init(_ organization: Organization) {
        self.init(
            createdAt: organization.createdAt, id: organization.id, name: organization.name,
            shortName: organization.shortName, updatedAt: organization.updatedAt
        )
    }

    public var model: Organization {
        Organization(id: id, name: name, shortName: shortName, createdAt: createdAt, updatedAt: updatedAt)
    }
}

extension Components.Schemas.User {
    public init(_ user: User) { self.init(email: user.email, id: user.id, name: user.name) }

    public var model: User { User(id: id, name: name, email: email) }
}

extension Components.Schemas.UserDetails {
    public init(_ details: UserDetails) {
        self.init(
            email: details.email, id: details.id, name: details.name,
            roles: details.roles.ordered.map(Components.Schemas.PermissionRole.init))
    }

    public var model: UserDetails {
        UserDetails(user: User(id: id, name: name, email: email), roles: Set(roles.map(\.model)))
    }
}

extension Components.Schemas.UserPage {
    public init(_ page: UserPage) { self.init(count: page.count, items: page.items.map(Components.Schemas.User.init)) }

    /// The largest count a page is taken to have: more users than any organization has, far from overflow.
    static let maxCount = Int(Int32.max)

    /// The domain page; the count is a server's number, so it is clamped to `0...maxCount` (and to at least
    /// the items sent).
    public var model: UserPage {
        UserPage(count: min(max(count, items.count, 0), Self.maxCount), items: items.map(\.model))
    }
}

extension Components.Schemas.UserUpdate {
    public init(_ update: UserUpdate) { self.init(email: update.email, name: update.name) }

    public var model: UserUpdate { UserUpdate(email: email, name: name) }
}

extension Components.Schemas.PermissionRole {
    public init(_ role: Role) {
        switch role {
        case .admin: self = .admin
        case .developer: self = .developer
        case .analyst: self = .analyst
        }
    }

    public var model: Role {
        switch self {
        case .admin: .admin
        case .developer: .developer
        case .analyst: .analyst
        }
    }
}

extension Components.Schemas.Invitation {
    /// The wire form; username-password leaves `connection` nil, which the client writes as `null`.
    public init(_ invitation: Invitation) {
        self.init(
            connection: invitation.connection == .googleOAuth2 ? .googleOauth2 : nil,
            email: invitation.email, name: invitation.name,
            roles: invitation.roles.ordered.map(Components.Schemas.PermissionRole.init)
        )
    }

    /// The domain invitation, given whether the body's `connection` was an explicit `null`.
    public func model(connectionIsNull: Bool) -> Invitation {
        let connection: Connection = connectionIsNull ? .usernamePassword : .googleOAuth2
        return Invitation(email: email, name: name, roles: Set(roles.map(\.model)), connection: connection)
    }
}

extension Components.Schemas.AuditRecord {
    public init(_ record: AuditRecord) {
        self.init(
            at: record.at, actor: record.actor, target: record.target, action: record.action,
            before: record.before.map { .init(additionalProperties: $0) },
            after: record.after.map { .init(additionalProperties: $0) }, actorName: record.actorName,
            actorEmail: record.actorEmail, targetName: record.targetName, targetEmail: record.targetEmail)
    }

    public var model: AuditRecord {
        AuditRecord(
            at: at, actor: actor, target: target, action: action, before: before?.additionalProperties,
            after: after?.additionalProperties, actorName: actorName, actorEmail: actorEmail, targetName: targetName,
            targetEmail: targetEmail)
    }
}

extension Components.Schemas.AuditPage {
    public init(_ page: AuditPage) {
        self.init(count: page.count, items: page.items.map(Components.Schemas.AuditRecord.init))
    }

    /// The domain page; the count is a server's number, clamped as a user page's is.
    public var model: AuditPage {
        AuditPage(
            count: min(max(count, items.count, 0), Components.Schemas.UserPage.maxCount), items: items.map(\.model))
    }
}

extension Components.Schemas.PendingInvitation {
    public init(_ pending: PendingInvitation) {
        let invitation = pending.invitation
        self.init(
            email: invitation.email, name: invitation.name,
            roles: invitation.roles.ordered.map(Components.Schemas.PermissionRole.init),
            connection: invitation.connection == .googleOAuth2 ? .googleOauth2 : .usernamePassword,
            invitedAt: pending.invitedAt, invitedBy: pending.invitedBy)
    }

    public var model: PendingInvitation {
        PendingInvitation(
            invitation: Invitation(
                email: email, name: name, roles: Set(roles.map(\.model)),
                connection: connection == .googleOauth2 ? .googleOAuth2 : .usernamePassword),
            invitedBy: invitedBy, invitedAt: invitedAt)
    }
}

extension Components.Schemas.InvitationPage {
    public init(_ page: InvitationPage) {
        self.init(count: page.count, items: page.items.map(Components.Schemas.PendingInvitation.init))
    }

    /// The domain page; the count is a server's number, clamped as a user page's is.
    public var model: InvitationPage {
        InvitationPage(
            count: min(max(count, items.count, 0), Components.Schemas.UserPage.maxCount), items: items.map(\.model))
    }
}
