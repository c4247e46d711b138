import Foundation
@testable import OrgModel
import Testing

@Suite struct InvitationListTests {
    static let typo = PendingInvitation(
        invitation: Invitation(email: "ann.typo@exmaple.com", name: "Ann Typo", roles: [.analyst]),
        invitedBy: Fixture.user(0).id, invitedAt: Date(timeIntervalSince1970: 1_800_000_000))
    static let other = PendingInvitation(
        invitation: Invitation(email: "bo@example.com", name: "Bo", roles: [.developer], connection: .usernamePassword),
        invitedBy: Fixture.user(0).id, invitedAt: Date(timeIntervalSince1970: 1_800_000_060))
    static let page = InvitationPage(count: 2, items: [typo, other])

    static func list(_ update: (inout InvitationList) -> Void) -> InvitationList {
        var list = InvitationList()
        update(&list)
        return list
    }

    /// The list with both invitations loaded.
    static let loaded = list {
        $0.rows.count = 2
        $0.rows.pages = [1: [typo, other]]
    }

    @Test func anAdminOpensTheListAsksAboutOneRevokesItAndTheListReloads() {
        var store = Fixture.loaded()
        #expect(store.state.availableCommands.contains(.invitations))
        store.press(.invitations, effects: [.loadInvitations(6, InvitationQuery(pageNumber: 1))]) {
            $0.screens.append(.invitations(Self.list { $0.rows.pageRequests = [1: 6] }))
        }
        store.receive(.invitationsLoaded(6, pageNumber: 1, .success(Self.page))) {
            $0.screens[1] = .invitations(Self.loaded)
        }
        #expect(store.state.availableCommands.contains(.delete))
        store.press(.delete) {
            $0.screens[1] = .invitations(
                Self.list {
                    $0 = Self.loaded
                    $0.question = Self.typo
                })
        }
        #expect(
            {
                guard case .invitations(let list) = store.state.screen else { return nil }
                return list.questionText
            }() == "Revoke the invitation to ann.typo@exmaple.com? They can no longer join with it.")
        store.press(.confirm, effects: [.revokeInvitation(7, email: "ann.typo@exmaple.com")]) {
            $0.screens[1] = .invitations(
                Self.list {
                    $0 = Self.loaded
                    $0.revoking = .init(id: 7, email: "ann.typo@exmaple.com")
                })
            $0.status = StatusMessage(.info, "Revoking the invitation to ann.typo@exmaple.com…")
        }
        store.receive(
            .invitationRevoked(7, .success(Done())), effects: [.loadInvitations(8, InvitationQuery(pageNumber: 1))]
        ) {
            $0.screens[1] = .invitations(Self.list { $0.rows.pageRequests = [1: 8] })
            $0.status = StatusMessage(
                .success, "The invitation to ann.typo@exmaple.com was revoked: they can no longer join with it.")
        }
        store.receive(.invitationsLoaded(8, pageNumber: 1, .success(InvitationPage(count: 1, items: [Self.other])))) {
            $0.screens[1] = .invitations(
                Self.list {
                    $0.rows.count = 1
                    $0.rows.pages = [1: [Self.other]]
                })
        }
        store.press(.back) {
            $0.screens = [.users]
            $0.status = nil
        }
    }

    @Test func enterGivesNoUnlessYesIsHighlightedAndAnotherKeyCancels() {
        var store = Fixture.loaded()
        store.press(.invitations, effects: [.loadInvitations(6, InvitationQuery(pageNumber: 1))]) {
            $0.screens.append(.invitations(Self.list { $0.rows.pageRequests = [1: 6] }))
        }
        store.receive(.invitationsLoaded(6, pageNumber: 1, .success(Self.page))) {
            $0.screens[1] = .invitations(Self.loaded)
        }
        let asking = Self.list {
            $0 = Self.loaded
            $0.question = Self.typo
        }
        store.press(.delete) { $0.screens[1] = .invitations(asking) }
        store.press(.submit) {
            $0.screens[1] = .invitations(Self.loaded)
            $0.status = StatusMessage(.info, "Cancelled: nothing was changed.")
        }
        store.press(.delete) {
            $0.screens[1] = .invitations(asking)
            $0.status = nil
        }
        store.press(.deny) {
            $0.screens[1] = .invitations(Self.loaded)
            $0.status = StatusMessage(.info, "Cancelled: nothing was changed.")
        }
        store.press(.delete) {
            $0.screens[1] = .invitations(asking)
            $0.status = nil
        }
        store.press(.nextField) {
            $0.screens[1] = .invitations(
                Self.list {
                    $0 = asking
                    $0.yesSelected = true
                })
        }
        store.press(.submit, effects: [.revokeInvitation(7, email: "ann.typo@exmaple.com")]) {
            $0.screens[1] = .invitations(
                Self.list {
                    $0 = Self.loaded
                    $0.yesSelected = true
                    $0.revoking = .init(id: 7, email: "ann.typo@exmaple.com")
                })
            $0.status = StatusMessage(.info, "Revoking the invitation to ann.typo@exmaple.com…")
        }
        #expect(!store.state.availableCommands.contains(.delete))
        store.receive(
            .invitationRevoked(7, .failure(.notFound)), effects: [.loadInvitations(8, InvitationQuery(pageNumber: 1))]
        ) {
            $0.screens[1] = .invitations(
                Self.list {
                    $0.yesSelected = true
                    $0.rows.pageRequests = [1: 8]
                })
            $0.status = StatusMessage(.error, OrganizationRules.notInvited("ann.typo@exmaple.com"))
        }
        store.skipPending()
    }

    @Test func overThePlatformTheScreenSaysItKeepsNoListOfInvitations() {
        var store = Fixture.loaded()
        store.press(.invitations, effects: [.loadInvitations(6, InvitationQuery(pageNumber: 1))]) {
            $0.screens.append(.invitations(Self.list { $0.rows.pageRequests = [1: 6] }))
        }
        store.receive(.invitationsLoaded(6, pageNumber: 1, .failure(.unsupported(BackendError.noInvitations)))) {
            $0.screens[1] = .invitations(
                Self.list {
                    $0.unsupported = BackendError.noInvitations
                    $0.rows.count = 0
                })
        }
        #expect(BackendError.noInvitations.hasPrefix("The platform keeps no list of invitations: "))
        #expect(!store.state.availableCommands.contains(.delete))
        store.press(.reload, effects: [.loadInvitations(7, InvitationQuery(pageNumber: 1))]) {
            $0.screens[1] = .invitations(Self.list { $0.rows.pageRequests = [1: 7] })
            $0.status = StatusMessage(.info, "Reloading…")
        }
        store.skipPending()
    }

    @Test func onlyAnAdminIsOfferedTheInvitationsAndOnlyOutsideReadOnlyTheRevoke() {
        #expect(!Fixture.loaded(me: Fixture.me(roles: [.developer])).state.availableCommands.contains(.invitations))
        var store = Fixture.loaded(readOnly: true)
        store.press(.invitations, effects: [.loadInvitations(6, InvitationQuery(pageNumber: 1))]) {
            $0.screens.append(.invitations(Self.list { $0.rows.pageRequests = [1: 6] }))
        }
        store.receive(.invitationsLoaded(6, pageNumber: 1, .success(Self.page))) {
            $0.screens[1] = .invitations(Self.loaded)
        }
        #expect(!store.state.availableCommands.contains(.delete))
        store.press(.delete)
    }
}
