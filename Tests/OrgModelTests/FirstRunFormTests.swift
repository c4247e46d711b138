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

    @Test("Enter with empty fields shows their problems and goes to the first; a full form creates")
    func submit() {
        var form = FirstRunForm(path: "/tmp/org.sqlite")
        #expect(form.problem(.name) == nil)
        #expect(form.apply(.command(.submit)) == nil)
        #expect(form.focus == .organization)
        #expect(form.problem(.name) == "Name is required.")
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
