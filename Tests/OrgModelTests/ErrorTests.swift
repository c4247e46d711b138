@testable import OrgModel
import Testing

@Suite struct ErrorTests {
    static let errors: [BackendError] = [
        .unauthorized, .forbidden, .notFound, .invalid("email: not a valid address"),
        .conflict("bo@acme.test is already a member"), .rateLimited(retryAfter: 2.5),
        .unavailable("The store is locked by another process."),
        .network("connection refused"), .decoding("not JSON"),
    ]

    @Test(arguments: errors)
    func aFailedLoadSaysWhatFailedWhyAndWhetherRRetries(_ error: BackendError) {
        var store = Fixture.loaded()
        store.press(.organization) { $0.screens.append(.organization) }
        store.press(.reload, effects: [.getOrganization(6)]) { $0.organizationRequest = 6 }
        let retry = error.isRetryable ? " Press r to retry." : ""
        store.receive(.organizationLoaded(6, .failure(error))) {
            $0.organizationRequest = nil
            $0.status = StatusMessage(.error, "Could not load the organization: \(error.message)\(retry)")
        }
        #expect(store.state.organization == Fixture.organization)
    }

    @Test(arguments: errors)
    func aFailedInvitationKeepsEveryField(_ error: BackendError) {
        var store = Fixture.loaded()
        store.skip([.command(.invite), .typed("bo@acme.test"), .command(.nextField), .typed("Bo"), .command(.submit)])
        guard case .inviteForm(var form) = store.state.screen else { Issue.record("no form"); return }
        store.receive(.invited(6, .failure(error))) {
            form.sending = nil
            form.error = error.message
            $0.screens[1] = .inviteForm(form)
            $0.pendingChanges = [:]
            $0.status = StatusMessage(.error, "Invitation not sent: \(error.message)")
        }
        #expect(form.email == "bo@acme.test")
        #expect(form.name == "Bo")
        #expect(store.state.acceptsText)
    }

    @Test func messagesNameTheServersDetail() {
        #expect(BackendError.conflict("last admin").message.contains("last admin"))
        #expect(BackendError.invalid("name: required").message.contains("name: required"))
        #expect(BackendError.unauthorized.message.contains("token"))
    }
}
