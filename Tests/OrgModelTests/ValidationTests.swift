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

    @Test(arguments: [
        "", "ada", "ada@", "@acme.test", "ada@acme", "a@b@c.de", "ada @acme.test",
        "ada@acme..test", ".ada@acme.test", "ada@-acme.test", "ada@acme.t3st", "ada@acme.c",
    ])
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

    @Test func searchIsAtMost100CodePoints() {
        #expect(Validation.nameSearchProblem(String(repeating: "a", count: 100)) == nil)
        #expect(
            Validation.nameSearchProblem(String(repeating: "a", count: 101))
                == "Search is longer than 100 characters.")
        #expect(
            UserQuery(nameSearch: String(repeating: "ann ", count: 20_000)).problem
                == "Search is longer than 100 characters.")
    }

    /// One grapheme can hold any number of code points: the limit counts code points, not characters.
    @Test func nameIsAtMost200CodePointsHoweverTheyCombine() {
        let fourByte = String(repeating: "\u{1F600}", count: 200)
        #expect(fourByte.utf8.count == 800)
        #expect(Validation.nameProblem(fourByte) == nil)
        let tooLong = [
            String(repeating: "a", count: 201),
            "e" + String(repeating: "\u{301}", count: 200),
            String(repeating: "\u{1F600}\u{301}", count: 101),
            "Ada" + String(repeating: " ", count: 198),
        ]
        for name in tooLong {
            #expect(
                Validation.nameProblem(name) == "Name is longer than 200 characters.", "\(name.unicodeScalars.count)")
            #expect(Invitation(email: "bo@acme.test", name: name, roles: [.analyst]).problem != nil)
            #expect(UserUpdate(name: name).problem != nil)
        }
    }

    @Test func emailIsAtMost254CodePoints() {
        let local = String(repeating: "a", count: 64)
        let domain = [63, 63, 59].map { String(repeating: "b", count: $0) }.joined(separator: ".") + ".io"
        #expect(Validation.emailProblem(local + "@" + domain) == "Email is longer than 254 characters.")
        #expect(Validation.emailProblem(local + "@" + domain.dropFirst()) == nil)
    }

    @Test func aRoleListHoldsEachRoleOnce() {
        #expect(Validation.repeatedRoleProblem([.admin, .analyst]) == nil)
        #expect(Validation.repeatedRoleProblem([]) == nil)
        #expect(
            Validation.repeatedRoleProblem([.analyst, .admin, .analyst])
                == "analyst appears more than once; list each role once.")
    }

    @Test func aDetailIsCutToItsLengthInCodePointsWithAnEllipsis() {
        #expect(Validation.cut("short", toLength: 300) == "short")
        let marks = "a" + String(repeating: "\u{301}", count: 500)
        let cut = Validation.cut(marks, toLength: 300)
        #expect(cut.unicodeScalars.count == 300 && cut.hasSuffix("…"))
        let emoji = String(repeating: "😀", count: 301)
        #expect(Validation.cut(emoji, toLength: 300).utf8.count < 4 * 300)
    }
}

@Suite struct UserQueryFilterTests {
    @Test func emailSearchIsOneTo254CodePoints() {
        #expect(UserQuery(emailSearch: "gmail").problem == nil)
        #expect(UserQuery(emailSearch: String(repeating: "a", count: 254)).problem == nil)
        #expect(
            UserQuery(emailSearch: "").problem
                == "The email search is empty; give a part of an address, such as gmail.com.")
        #expect(
            UserQuery(emailSearch: String(repeating: "\u{1F600}", count: 255)).problem
                == "The email search is longer than 254 characters, the longest an address can be.")
    }

    @Test func unknownRolesAndConnectionsAreNamed() {
        #expect(Role.unknown("owner") == "'owner' is not a role; use admin, developer or analyst.")
        #expect(Connection.unknown("saml") == "'saml' is not a connection; use google-oauth2 or password.")
        #expect(Connection(named: "password") == .usernamePassword)
        #expect(Connection(named: "username-password") == .usernamePassword)
        #expect(Connection(named: "google-oauth2") == .googleOAuth2)
        #expect(Connection(named: "Google") == nil)
    }

    @Test func filtersAreExtensions() {
        #expect(!UserQuery(nameSearch: "ann").hasExtensions)
        #expect(UserQuery(roles: [.admin]).hasExtensions)
        #expect(UserQuery(emailSearch: "x").hasExtensions)
        #expect(UserQuery(connection: .googleOAuth2).hasExtensions)
    }

    @Test(arguments: ["García", "Loïc Côté", "Ayşe Yıldız", "최서연", "Ng", "ann", "Garci\u{301}a", "王芳"])
    func acceptsNamesOfAnyScriptOnOurBackends(_ text: String) {
        #expect(Validation.anyScriptNameSearchProblem(text) == nil)
    }

    @Test func anyScriptSearchReasonsAreSentences() {
        #expect(
            Validation.anyScriptNameSearchProblem("a1c") == "Search uses letters and spaces only; '1' is not allowed.")
        #expect(
            Validation.anyScriptNameSearchProblem("%%") == "Search uses letters and spaces only; '%' is not allowed.")
        #expect(
            Validation.anyScriptNameSearchProblem("ann\u{0}")
                == "Search uses letters and spaces only; U+0000 is not allowed.")
        #expect(Validation.anyScriptNameSearchProblem("최 ") == "Search needs at least 2 letters (1 so far).")
        #expect(Validation.anyScriptNameSearchProblem(String(repeating: "a", count: 101)) != nil)
        #expect(
            Validation.nameSearchProblem("García") == "Search uses letters A-Z and spaces only; 'í' is not allowed.")
    }
}
