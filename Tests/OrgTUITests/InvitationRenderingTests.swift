import Foundation
import OrgModel
import Testing
@testable import OrgTUI

/// The invitations screen compared with its text snapshots: the list, the question before a revoke, and the
/// platform's refusal in its place.
@Suite struct InvitationRenderingTests {
    static let page = InvitationPage(
        count: 3,
        items: [
            PendingInvitation(
                invitation: Invitation(email: "ann.typo@exmaple.com", name: "Ann Typo", roles: [.analyst]),
                invitedBy: ScreenDriver.members(count: 1)[0].id, invitedAt: Date(timeIntervalSince1970: 1_796_000_000)),
            PendingInvitation(
                invitation: Invitation(
                    email: "bo@example.com", name: "Bo\u{1B}[31m Red", roles: [.admin, .developer],
                    connection: .usernamePassword),
                invitedBy: "auth0|gone", invitedAt: Date(timeIntervalSince1970: 1_796_000_600)),
            PendingInvitation(
                invitation: Invitation(email: "cy@example.com", name: "Cy", roles: [.developer]),
                invitedBy: ScreenDriver.members(count: 1)[0].id, invitedAt: Date(timeIntervalSince1970: 1_796_001_200)),
        ])

    /// A driver with the invitations screen open, its first page answered with `result`.
    static func opened(width: Int, height: Int, _ result: Result<InvitationPage, BackendError>) -> ScreenDriver {
        var driver = ScreenDriver(width: width, height: height)
        driver.press(.invitations)
        guard case .loadInvitations(let id, let query)? = driver.open.last else {
            Issue.record("I asked for no page of invitations: \(driver.open)")
            return driver
        }
        driver.send(.invitationsLoaded(id, pageNumber: query.pageNumber, result))
        return driver
    }

    @Test("The pending invitations, then the question before one is revoked")
    func listAndQuestion() {
        for (width, height) in [(80, 24), (120, 40)] {
            var driver = Self.opened(width: width, height: height, .success(Self.page))
            driver.press(.down)
            Snapshot.assert(driver.render().grid, named: "invitations-\(width)x\(height)")
            driver.press(.delete)
            Snapshot.assert(driver.render().grid, named: "invitations-revoke-\(width)x\(height)")
        }
    }

    @Test("Over the platform, the screen says that it keeps no list of invitations")
    func platform() {
        let driver = Self.opened(width: 80, height: 24, .failure(.unsupported(BackendError.noInvitations)))
        Snapshot.assert(driver.render().grid, named: "invitations-platform-80x24")
    }
}
