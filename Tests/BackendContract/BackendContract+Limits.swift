import OrgModel
import Testing

extension BackendContract {
    /// contract.md "Limits": lengths count code points, however they combine into characters.
    static let limitChecks = [
        ContractCheck("a name_search of 100 letters is searched; 101 or more answer 422") { fixture async throws in
            let hundred = String(repeating: "a", count: 100)
            #expect(try await fixture.admin.listUsers(UserQuery(nameSearch: hundred)) == UserPage(count: 0, items: []))
            for term in [hundred + "a", String(repeating: "ray ", count: 2_000)] {
                #expect(
                    try await Refusal.of { _ = try await fixture.member.listUsers(UserQuery(nameSearch: term)) }
                        == .invalid("Search is longer than 100 characters."), "\(term.count)")
            }
        },
        ContractCheck("a name of 200 code points is accepted; 201 answer 422, even as one character") {
            fixture async throws in
            let admin = fixture.admin
            let longest = String(repeating: "\u{1F600}", count: 200)
            try await admin.inviteUser(Invitation(email: "long@acme.test", name: longest, roles: [.analyst]))
            for name in [String(repeating: "a", count: 201), "e" + String(repeating: "\u{301}", count: 200)] {
                let tooLong = BackendError.invalid("Name is longer than 200 characters.")
                #expect(
                    try await Refusal.of {
                        try await admin.inviteUser(Invitation(email: "longer@acme.test", name: name, roles: [.analyst]))
                    } == tooLong, "\(name.unicodeScalars.count)")
                #expect(try await Refusal.of { _ = try await admin.updateMe(UserUpdate(name: name)) } == tooLong)
            }
            #expect(try await admin.getMe() == ContractData.me.details)
            #expect(try await admin.updateMe(UserUpdate(name: longest)).name == longest)
        },
        ContractCheck("an id, an email part or an audit filter holding NUL finds nothing (PostgreSQL holds no NUL)") {
            fixture async throws in
            let admin = fixture.admin
            let nul = ContractData.member.id + "\u{0}"
            #expect(try await Refusal.of { _ = try await admin.getUser(id: nul) } == .notFound)
            #expect(try await admin.listAudit(AuditQuery(userID: nul)) == AuditPage(count: 0, items: []))
            #expect(try await admin.listUsers(UserQuery(emailSearch: "acme\u{0}")) == UserPage(count: 0, items: []))
        },
    ]
}
