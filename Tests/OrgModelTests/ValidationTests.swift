import OrgModel
import Testing

@Suite struct ValidationTests {
    @Test(arguments: ["ab", "a1c", "%%%", "' OR 1=1 --", "", "ann\u{0}"])
    func rejectsBadSearches(_ text: String) {
        #expect(Validation.nameSearchProblem(text) != nil)
    }

    @Test(arguments: ["ann", "Ann Lee", "   "])
    func acceptsSearchesOfTheAPIPattern(_ text: String) {
        #expect(Validation.nameSearchProblem(text) == nil)
    }

    @Test func searchReasonNamesTheBadCharacter() {
        #expect(Validation.nameSearchProblem("a1c") == "Search uses letters A-Z and spaces only; '1' is not allowed.")
        #expect(Validation.nameSearchProblem("ab") == "Search needs at least 3 letters (2 so far).")
    }

    @Test(arguments: ["ada@acme.test", "a.b+c@mail.example.co", "x@y.io"])
    func acceptsEmails(_ email: String) {
        #expect(Validation.emailProblem(email) == nil)
    }

    @Test(arguments: ["", "ada", "ada@", "@acme.test", "ada@acme", "a@b@c.de", "ada @acme.test",
                      "ada@acme..test", ".ada@acme.test", "ada@-acme.test", "ada@acme.t3st", "ada@acme.c"])
    func rejectsEmails(_ email: String) {
        #expect(Validation.emailProblem(email) != nil)
    }

    @Test func invitationNeedsARole() {
        let invitation = Invitation(email: "bo@acme.test", name: "Bo", roles: [])
        #expect(invitation.problem == "Choose at least one role.")
    }

    @Test func pageRules() {
        #expect(UserQuery(pageNumber: 0).problem != nil)
        #expect(UserQuery(pageSize: -1).problem != nil)
        #expect(UserQuery(pageSize: 250).problem == nil)
        #expect(UserQuery(pageNumber: 3, pageSize: 250).offset == 200)
        #expect(UserQuery(pageNumber: .max).offset == .max)
    }
}
