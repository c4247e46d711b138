import Testing
@testable import OrgModel

@Suite("First-run form")
struct FirstRunFormTests {
    @Test("Typing fills the focused field; Tab and Shift-Tab move round the four fields")
    func typing() {
        var form = FirstRunForm(path: "/tmp/org.sqlite")
        for character in "Acme" { #expect(form.apply(.typed(String(character))) == nil) }
        _ = form.apply(.command(.backspace))
        #expect(form.value(.organization) == "Acm")
        _ = form.apply(.command(.previousField))
        #expect(form.focus == .email)
        _ = form.apply(.command(.nextField))
        #expect(form.focus == .organization)
    }

    @Test("Enter moves to the next field; on the last it shows each empty field's problem in that field's words")
    func enterMovesOnThenSubmits() {
        var form = FirstRunForm(path: "/tmp/org.sqlite")
        for field in [FirstRunForm.Field.shortName, .name, .email] {
            #expect(form.apply(.command(.submit)) == nil)
            #expect(form.focus == field)
            #expect(FirstRunForm.Field.allCases.allSatisfy { form.problem($0) == nil }, "no problem shown yet")
        }
        #expect(form.apply(.command(.submit)) == nil)
        #expect(form.focus == .organization)
        #expect(form.problem(.organization) == "Organization name is required.")
        #expect(form.problem(.shortName) == "Short name is required.")
        #expect(form.problem(.name) == "Your name is required.")
        #expect(form.problem(.email) == "Email is required.")
    }

    @Test("The short name follows the stores' rule: lowercase letters, digits and hyphens")
    func shortName() {
        var form = FirstRunForm(path: "/tmp/org.sqlite")
        _ = form.apply(.command(.nextField))
        _ = form.apply(.typed("ac me"))
        #expect(
            form.problem(.shortName)
                == "Short name uses lowercase letters a-z, digits and hyphens only, such as acme; a space is not allowed."
        )
        #expect(form.problem(.shortName) == Validation.shortNameProblem("ac me"))
        _ = form.apply(.command(.killToStart))
        _ = form.apply(.typed("Acme"))
        #expect(form.problem(.shortName)?.hasSuffix("'A' is not allowed.") == true)
        for bad in ["-acme", "acme-", String(repeating: "a", count: 33)] {
            #expect(Validation.shortNameProblem(bad) != nil, "\(bad)")
        }
        for good in ["acme", "acme-2", "a", "0", String(repeating: "a", count: 32)] {
            #expect(Validation.shortNameProblem(good) == nil, "\(good)")
        }
    }

    @Test("Enter on the last field with empty fields goes to the first; a full form creates")
    func submit() {
        var form = FirstRunForm(path: "/tmp/org.sqlite")
        _ = form.apply(.command(.previousField))
        #expect(form.apply(.command(.submit)) == nil)
        #expect(form.focus == .organization)
        #expect(form.problem(.name) == "Your name is required.")
        for (field, text) in [
            (FirstRunForm.Field.organization, "Acme"), (.shortName, "acme"), (.name, "Ada"), (.email, "ada@acme"),
        ] {
            while form.focus != field { _ = form.apply(.command(.nextField)) }
            for character in text { _ = form.apply(.typed(String(character))) }
        }
        #expect(form.apply(.command(.submit)) == nil)
        #expect(form.focus == .email)
        for character in ".test" { _ = form.apply(.typed(String(character))) }
        #expect(form.apply(.command(.submit)) == .create)
        #expect(form.apply(.command(.back)) == .cancel)
    }
}
