extension AppState {
    /// The audit log screen on top, if it is.
    public var auditLog: AuditLog? {
        guard case .auditLog(let log) = screen else { return nil }
        return log
    }

    /// The visible rows of the audit log screen on top (none elsewhere), with the names the state knows.
    public var auditRows: [AuditRow] {
        guard let log = auditLog else { return [] }
        let name = { (id: String) in me?.id == id ? me?.name ?? id : users.name(ofUserID: id) }
        return log.rows.visibleRange(bodyRows: bodyRows).map { index in
            let record = log.rows.item(at: index)
            return AuditRow(
                index: index, record: record, actor: record.map { name($0.actor) } ?? "",
                target: record.map { name($0.target) } ?? "", isSelected: index == log.rows.cursor)
        }
    }

    /// Opens the audit log, of `user` only or of everyone, and asks for its first page.
    mutating func openAudit(about user: User?) -> [Effect] {
        screens.append(.auditLog(AuditLog(user: user)))
        return scope(AuditLog.self) { $0.fit(&$1) }
    }
}
