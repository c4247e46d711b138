import OrgModel

extension AuditEntry {
    /// An entry as every store appends it, in the transaction of its change. The log's rules live here once:
    /// what each change records before and after, and that it names who made it and whom it is about (by
    /// id, and by name and email as they are at that moment, before the change), so that a later rename or
    /// deletion does not change what the log says.
    public struct Draft: Hashable, Sendable {
        public var actor: AuditPerson
        public var action: Action
        public var target: AuditPerson
        public var before: String?
        public var after: String?
    }
}

extension AuditEntry.Draft {
    /// `me` changed their own name or email, from `me` to `after`.
    public static func profileUpdate(by me: MemberRecord, to after: MemberRecord) -> Self {
        Self(actor: person(me), action: .updateMe, target: person(me), before: me.auditJSON, after: after.auditJSON)
    }

    /// `me` changed the roles of `user`, who holds them as `after` now.
    public static func roles(of user: MemberRecord, to after: MemberRecord, by me: MemberRecord) -> Self {
        Self(actor: person(me), action: .setRoles, target: person(user), before: user.auditJSON, after: after.auditJSON)
    }

    /// `me` deleted `user`.
    public static func deletion(of user: MemberRecord, by me: MemberRecord) -> Self {
        Self(actor: person(me), action: .delete, target: person(user), before: user.auditJSON, after: nil)
    }

    /// `me` sent `user` a password reset.
    public static func passwordReset(of user: MemberRecord, by me: MemberRecord) -> Self {
        Self(
            actor: person(me), action: .resetPassword, target: person(user), before: nil,
            after: AuditEntry.json(["email": user.details.email]))
    }

    /// `me` invited `pending`'s person, who is named by the invitation.
    public static func invitation(_ pending: PendingInvitation, by me: MemberRecord) -> Self {
        Self(actor: person(me), action: .invite, target: person(pending), before: nil, after: pending.auditJSON)
    }

    /// `me` withdrew the invitation `pending`.
    public static func revocation(_ pending: PendingInvitation, by me: MemberRecord) -> Self {
        Self(
            actor: person(me), action: .revokeInvitation, target: person(pending), before: pending.auditJSON,
            after: nil)
    }

    /// The invitation `pending` became the member `user`, recorded as done by `me`.
    public static func acceptance(_ pending: PendingInvitation, as user: MemberRecord, by me: MemberRecord) -> Self {
        Self(actor: person(me), action: .accept, target: person(user), before: pending.auditJSON, after: user.auditJSON)
    }

    /// `count` members were imported by the member `meID` (`me`, when they are a member): about nobody.
    public static func importMembers(count: Int, by meID: String, me: MemberRecord?) -> Self {
        Self(
            actor: me.map(person) ?? AuditPerson(id: meID), action: .importMembers, target: AuditPerson(id: ""),
            before: nil, after: AuditEntry.json(["count": String(count)]))
    }

    private static func person(_ member: MemberRecord) -> AuditPerson {
        AuditPerson(id: member.details.id, name: member.details.name, email: member.details.email)
    }

    private static func person(_ pending: PendingInvitation) -> AuditPerson {
        AuditPerson(id: pending.invitation.email, name: pending.invitation.name, email: pending.invitation.email)
    }
}
