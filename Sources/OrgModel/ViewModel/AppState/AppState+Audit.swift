extension AppState {
    /// The audit log screen on top, if it is.
    public var auditLog: AuditLog? {
        guard case .auditLog(let log) = screen else { return nil }
        return log
    }

    /// The visible rows of the audit log screen on top (none elsewhere), each person named as the log
    /// recorded them, else by the name the state knows for their id (a log that records no names).
    public var auditRows: [AuditRow] {
        guard let log = auditLog else { return [] }
        let known = { (person: AuditPerson) -> AuditPerson in
            guard person.name == nil, person.email == nil else { return person }
            let name = me?.id == person.id ? me?.name ?? person.id : users.name(ofUserID: person.id)
            return name == person.id ? person : AuditPerson(id: person.id, name: name)
        }
        return log.rows.visibleRange(bodyRows: bodyRows).map { index in
            let record = log.rows.item(at: index)
            let (actor, target) = (record.map { known($0.actorPerson) }, record.map { known($0.targetPerson) })
            return AuditRow(
                index: index, record: record, actor: actor?.shortLabel ?? "", target: target?.shortLabel ?? "",
                actorInFull: actor?.fullLabel ?? "", targetInFull: target?.fullLabel ?? "",
                isSelected: index == log.rows.cursor)
        }
    }

    /// Opens the audit log, of `user` only or of everyone, and asks for its first page.
    mutating func openAudit(about user: User?) -> [Effect] {
        screens.append(.auditLog(AuditLog(user: user)))
        return scope(AuditLog.self) { $0.fit(&$1) }
    }
}
