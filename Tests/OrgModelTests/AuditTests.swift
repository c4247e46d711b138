import Foundation
@testable import OrgModel
import Testing

@Suite struct AuditTests {
    /// Entry `i` of a log, newest first: me set user `i`'s roles.
    static func record(_ i: Int) -> AuditRecord {
        AuditRecord(
            at: Date(timeIntervalSince1970: 1_800_000_000 - Double(i)), actor: Fixture.user(0).id,
            target: Fixture.user(i).id, action: "set-roles", before: ["roles": "developer"],
            after: ["roles": "admin,developer"])
    }

    /// Page `number` of a log of `count` entries.
    static func page(_ number: Int, count: Int) -> AuditPage {
        let start = (number - 1) * 100
        return AuditPage(count: count, items: (start..<min(count, start + 100)).map(record))
    }

    static func log(user: User? = nil, _ update: (inout AuditLog) -> Void) -> AuditLog {
        var log = AuditLog(user: user)
        update(&log)
        return log
    }

    @Test func anAdminOpensTheLogWhichPagesLikeTheUsersTableAndGoesBack() {
        var store = Fixture.loaded()
        #expect(store.state.availableCommands.contains(.audit))
        store.press(.audit, effects: [.loadAudit(6, AuditQuery(pageNumber: 1))]) {
            $0.screens.append(.auditLog(Self.log { $0.rows.pageRequests = [1: 6] }))
        }
        #expect(store.state.auditLog?.isLoading == true)
        store.receive(
            .auditLoaded(6, pageNumber: 1, .success(Self.page(1, count: 250))),
            effects: [.loadAudit(7, AuditQuery(pageNumber: 2))]
        ) {
            $0.screens[1] = .auditLog(
                Self.log {
                    $0.rows.count = 250
                    $0.rows.pages = [1: Self.page(1, count: 250).items]
                    $0.rows.pageRequests = [2: 7]
                })
        }
        #expect(store.state.auditLog?.rows.position(bodyRows: store.state.bodyRows) == "1-19 of 250")
        #expect(store.state.auditRows.first?.actor == "User 00000")
        #expect(store.state.auditRows.first?.target == "User 00000")
        store.press(.down) { state in
            guard case .auditLog(var log) = state.screens[1] else { return }
            log.rows.cursor = 1
            state.screens[1] = .auditLog(log)
        }
        store.press(.last, effects: [.cancel(7), .loadAudit(8, AuditQuery(pageNumber: 3))]) {
            $0.screens[1] = .auditLog(
                Self.log {
                    $0.rows.count = 250
                    $0.rows.pages = [1: Self.page(1, count: 250).items]
                    $0.rows.pageRequests = [3: 8]
                    $0.rows.cursor = 249
                    $0.rows.top = 231
                })
        }
        store.press(.back, effects: [.cancel(8)]) { $0.screens = [.users] }
        store.receive(.auditLoaded(8, pageNumber: 3, .success(Self.page(3, count: 250))))
    }

    @Test func aUsersDetailsOpenTheLogAboutThemOnly() {
        var store = Fixture.loaded()
        store.press(.open) { $0.screens.append(.userDetails(Fixture.user(0))) }
        let query = AuditQuery(pageNumber: 1, userID: Fixture.user(0).id)
        store.press(.audit, effects: [.loadAudit(6, query)]) {
            $0.screens.append(.auditLog(Self.log(user: Fixture.user(0)) { $0.rows.pageRequests = [1: 6] }))
        }
        store.receive(.auditLoaded(6, pageNumber: 1, .success(AuditPage(count: 0, items: [])))) {
            $0.screens[2] = .auditLog(
                Self.log(user: Fixture.user(0)) {
                    $0.rows.count = 0
                    $0.rows.pages = [1: []]
                })
        }
        #expect(store.state.auditLog?.rows.position(bodyRows: store.state.bodyRows) == "0 of 0")
        store.press(.reload, effects: [.loadAudit(7, query)]) {
            $0.screens[2] = .auditLog(Self.log(user: Fixture.user(0)) { $0.rows.pageRequests = [1: 7] })
            $0.status = StatusMessage(.info, "Reloading…")
        }
        store.skipPending()
    }

    @Test func aBackendWithoutALogClosesTheScreenAndSaysSo() {
        var store = Fixture.loaded()
        store.press(.audit, effects: [.loadAudit(6, AuditQuery(pageNumber: 1))]) {
            $0.screens.append(.auditLog(Self.log { $0.rows.pageRequests = [1: 6] }))
        }
        store.press(.help) { $0.screens.append(.help(scroll: 0)) }
        store.receive(.auditLoaded(6, pageNumber: 1, .failure(.unsupported(BackendError.noAuditLog)))) {
            $0.screens = [.users]
            $0.status = StatusMessage(.error, BackendError.noAuditLog)
        }
        #expect(BackendError.noAuditLog.hasPrefix("This server has no audit log"))
    }

    @Test func aFailedPageSaysWhatFailedAndRRetries() {
        var store = Fixture.loaded()
        store.press(.audit, effects: [.loadAudit(6, AuditQuery(pageNumber: 1))]) {
            $0.screens.append(.auditLog(Self.log { $0.rows.pageRequests = [1: 6] }))
        }
        store.receive(.auditLoaded(6, pageNumber: 1, .failure(.network("down")))) {
            $0.screens[1] = .auditLog(Self.log { _ in })
            $0.status = StatusMessage(
                .error, "Could not load the audit log (page 1): Network error: down. You can retry. Press r to retry.")
        }
    }

    @Test(arguments: [Role.analyst, .developer])
    func membersWhoAreNotAdminsAreNotOfferedTheLog(_ role: Role) {
        var store = Fixture.loaded(me: Fixture.me(roles: [role]))
        #expect(!store.state.availableCommands.contains(.audit))
        store.press(.audit) { $0.status = StatusMessage(.error, BackendError.forbidden.message) }
        #expect(Fixture.loaded(readOnly: true).state.availableCommands.contains(.audit))
    }

    @Test func aPersonIsNamedByNameAndEmailWhereKnownElseByIdNeverBlank() {
        #expect(AuditPerson(id: "u1", name: "Ann Lee", email: "ann@acme.test").label == "Ann Lee <ann@acme.test>")
        #expect(AuditPerson(id: "u1", name: "Ann Lee").label == "Ann Lee")
        #expect(AuditPerson(id: "u1", name: "", email: "ann@acme.test").label == "ann@acme.test")
        #expect(AuditPerson(id: "u1").label == "u1")
        #expect(AuditPerson(id: "").label == "-")
        let record = AuditRecord(
            at: .now, actor: "u1", target: "u2", action: "delete", before: nil, after: nil, actorName: "Ann Lee",
            actorEmail: "ann@acme.test")
        #expect(record.actorPerson.label == "Ann Lee <ann@acme.test>")
        #expect(record.targetPerson.label == "u2")
    }

    @Test func theChangeIsShownInShort() {
        #expect(Self.record(1).change == "roles: developer → admin,developer")
        let renamed = AuditRecord(
            at: .now, actor: "a", target: "b", action: "update-me", before: ["name": "Ada", "email": "a@x"],
            after: ["name": "Ada L", "email": "a@x"])
        #expect(renamed.change == "name: Ada → Ada L")
        let deleted = AuditRecord(
            at: .now, actor: "a", target: "b", action: "delete", before: ["name": "Bo"], after: nil)
        #expect(deleted.change == "- name=Bo")
        let invited = AuditRecord(at: .now, actor: "a", target: "b", action: "invite", before: nil, after: ["x": "1"])
        #expect(invited.change == "+ x=1")
    }
}
