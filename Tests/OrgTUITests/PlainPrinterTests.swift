import OrgModel
import Testing
@testable import OrgTUI

/// What the line mode prints: the header once, a list when asked, then only what changed, each line clean.
@Suite("Line mode printer")
struct PlainPrinterTests {
    /// Moves the cursor to the first shown user who is not an admin, and returns that row.
    func selectNonAdmin(_ driver: inout ScreenDriver) throws -> UserRow {
        let row = try #require(driver.state.visibleRows.first { $0.roles?.contains(.admin) == false })
        while driver.state.users.cursor < row.index { driver.press(.down) }
        return row
    }

    func started() -> (ScreenDriver, PlainPrinter) {
        (
            ScreenDriver(width: 80, height: PlainSession.height, count: 60),
            PlainPrinter(backend: "store /tmp/acme.sqlite")
        )
    }

    @Test("At start: the header, then the first rows numbered from 1, with their roles")
    func header() {
        var (driver, printer) = started()
        let lines = printer.lines(for: driver.state)
        #expect(
            Array(lines.prefix(5)) == [
                "Organization: Acme Robotics (acme)", "Signed in as Ada Admin <ada@acme.test>, admin",
                "Backend: store /tmp/acme.sqlite", "Type help for the commands.", "Users 1-20 of 60:",
            ])
        #expect(lines.count == 5 + PlainSession.rows)
        #expect(lines.contains("  1. Ada Admin <ada@acme.test> admin"))
        #expect(printer.user(atRow: 1)?.name == "Ada Admin")
        #expect(printer.lines(for: driver.state).isEmpty, "nothing changed, nothing printed")
        driver.press(.down)
        #expect(printer.lines(for: driver.state).isEmpty, "the cursor is not shown")
    }

    @Test("No control character reaches the output: a hostile name is printed escaped")
    func sanitized() {
        var (driver, printer) = started()
        driver.press(.search)
        driver.type("mallory")
        driver.press(.submit)
        let lines = printer.lines(for: driver.state)
        #expect(lines.contains("  1. Eve^[[2J^[]0;pwned^GMallory <eve@acme.test> no role"))
        #expect(!lines.joined().unicodeScalars.contains { $0.value < 0x20 || $0.value == 0x7F })
    }

    @Test("A saved role change prints the model's words and the changed row only")
    func changedRow() throws {
        var (driver, printer) = started()
        _ = printer.lines(for: driver.state)
        let index = try selectNonAdmin(&driver).index
        driver.press(.editRoles, .toggleRole1, .submit)
        guard case .setRoles(let id, _, _, _)? = driver.open.last else {
            Issue.record("no role save was sent")
            return
        }
        driver.send(.rolesSaved(id, .success(Done())))
        let row = try #require(driver.state.visibleRows.first { $0.index == index })
        let name = try #require(row.user?.name)
        let lines = printer.lines(for: driver.state)
        #expect(lines.first?.hasPrefix("Roles of \(name): admin") == true)
        #expect(lines.first?.hasSuffix("Type undo to undo.") == true)
        #expect(lines.dropFirst() == [PlainPrinter.line(row)])
        #expect(lines.last?.hasPrefix("  \(index + 1). \(name) <") == true)
    }

    @Test("A list asked for is printed whole; a search prints its rows with its title")
    func lists() {
        var (driver, printer) = started()
        _ = printer.lines(for: driver.state)
        printer.wantList()
        #expect(printer.lines(for: driver.state).count == 1 + PlainSession.rows)
        driver.press(.search)
        driver.type("ada")
        driver.press(.submit)
        #expect(
            printer.lines(for: driver.state) == [
                "Users 1-1 of 1 named like \"ada\":", "  1. Ada Admin <ada@acme.test> admin",
            ])
    }

    @Test("A question ends in [y/N]; a screen that only shows something is described once loaded")
    func screens() throws {
        var (driver, _) = started()
        driver.press(.down, .delete)
        let user = try #require(driver.state.users.selected)
        let question = PlainPrinter.question(driver.state)
        #expect(question?.prompt == "Delete \(user.name) <\(user.email)>? [y/N] ")
        driver.press(.deny, .open)
        #expect(PlainPrinter.describe(driver.state)?.first == "Name: \(user.name)")
        #expect(PlainPrinter.question(driver.state) == nil)
    }

    @Test("The role conflict dialog asks whether to apply your change on top of the roles now")
    func conflict() throws {
        var (driver, _) = started()
        _ = try selectNonAdmin(&driver)
        let user = try #require(driver.state.users.selected)
        let before = try #require(driver.state.users.roles[user.id])
        driver.press(.editRoles, .toggleRole1, .submit)
        driver.rolesChangedMeanwhile(to: [.analyst])
        let question = try #require(PlainPrinter.question(driver.state))
        #expect(
            question.lines == [
                "The roles of \(user.name) changed since you read them: they were \(PlainPrinter.roles(before)), "
                    + "they are analyst now, and yours are \(PlainPrinter.roles(before.union([.admin])))."
            ])
        #expect(question.prompt == "Apply your change (+admin) on top of the roles now, giving admin, analyst? [y/N] ")
    }

    @Test("Key hints become the line mode's commands, or go when it has none")
    func keyHints() {
        #expect(
            PlainPrinter.plainWords("Roles of Ann: admin. Press u to undo.")
                == "Roles of Ann: admin. Type undo to undo.")
        #expect(
            PlainPrinter.plainWords("Could not load: timeout. Press r to retry.")
                == "Could not load: timeout. Type reload to retry.")
        #expect(PlainPrinter.plainWords("Done. Press Z to zap.") == "Done.")
        #expect(PlainPrinter.plainWords("Nothing to press.") == "Nothing to press.")
    }
}
