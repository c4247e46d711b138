import OrgModel
import Testing
@testable import OrgTUI

/// Text fields drawn with their cursor where the editing left it, and the keys that edit them.
@Suite("Field editing, drawn")
struct FieldEditingRenderingTests {
    @Test("The invite form with the cursor in the middle of the email")
    func cursorInTheMiddle() {
        for (width, height) in RenderingSnapshotTests.sizes {
            var driver = ScreenDriver(width: width, height: height)
            driver.press(.invite)
            driver.type("bo@acme.tst")
            driver.press(.cursorLeft, .cursorLeft)
            let frame = driver.render()
            Snapshot.assert(frame.grid, named: "invite-cursor-middle-\(width)x\(height)")
            let body = driver.state.layout.body
            #expect(frame.cursor == Frame.Cursor(x: body.x + 14 + "bo@acme.t".count, y: body.y))
        }
    }

    @Test("The cursor counts display columns: a wide character takes two")
    func wideCharacters() {
        var driver = ScreenDriver(width: 80, height: 24)
        driver.press(.invite, .nextField)
        driver.type("山田太郎")
        driver.press(.cursorLeft)
        let body = driver.state.layout.body
        #expect(driver.render().cursor == Frame.Cursor(x: body.x + 14 + 6, y: body.y + 1))
        driver.press(.lineStart)
        #expect(driver.render().cursor == Frame.Cursor(x: body.x + 14, y: body.y + 1))
    }

    @Test("A long field scrolls so that the cursor and the character under it show")
    func longField() {
        var driver = ScreenDriver(width: 80, height: 24)
        driver.press(.invite, .nextField)
        let text = (0..<5).map { _ in "abcdefghij" }.joined()
        driver.type(text)
        let body = driver.state.layout.body
        let (x, y) = (body.x + 14, body.y + 1)
        func field(_ frame: Frame) -> String {
            String(frame.grid.lines[y].dropFirst(x).prefix(Renderer.fieldWidth))
        }
        var frame = driver.render()
        #expect(field(frame) == "…" + text.suffix(32))
        #expect(frame.cursor == Frame.Cursor(x: x + 33, y: y))
        driver.press(.lineStart)
        frame = driver.render()
        #expect(field(frame) == text.prefix(33) + "…")
        #expect(frame.cursor == Frame.Cursor(x: x, y: y))
        for _ in 0..<40 { driver.press(.cursorRight) }
        frame = driver.render()
        #expect(field(frame) == "…" + text.prefix(40).suffix(31) + "a…")
        #expect(frame.cursor == Frame.Cursor(x: x + 32, y: y))
    }

    @Test("The search line shows its cursor where the editing left it")
    func searchCursor() {
        var driver = ScreenDriver(width: 80, height: 24)
        driver.press(.search)
        driver.type("ev")
        driver.press(.lineStart)
        driver.type("st")
        driver.press(.lineEnd, .cursorLeft)
        #expect(driver.state.search.text == "stev")
        #expect(driver.render().cursor == Frame.Cursor(x: 9 + 3, y: 1))
        #expect(driver.render().grid.lines[1].hasPrefix(" Search: stev "))
    }

    @Test("Left, Right, Home, End, Delete and readline's control keys edit in forms and the search line only")
    func keys() {
        let map = KeyMap.standard
        let editing: [(Key, Command)] = [
            (.left, .cursorLeft), (.control("b"), .cursorLeft), (.right, .cursorRight), (.control("f"), .cursorRight),
            (.home, .lineStart), (.control("a"), .lineStart), (.end, .lineEnd), (.control("e"), .lineEnd),
            (.delete, .deleteForward), (.control("d"), .deleteForward), (.control("u"), .killToStart),
            (.control("k"), .killToEnd), (.control("w"), .killWordBack), (.backspace, .backspace),
        ]
        for (key, command) in editing {
            for context in [KeyContext.form, .search] {
                #expect(map.action(for: key, in: context, takesText: true) == .command(command), "\(key) \(context)")
            }
        }
        #expect(map.action(for: .left, in: .dialog, takesText: false) == .command(.previousField))
        #expect(map.action(for: .right, in: .dialog, takesText: false) == .command(.nextField))
        #expect(map.action(for: .home, in: .list, takesText: false) == .command(.first))
        #expect(map.action(for: .control("f"), in: .list, takesText: false) == .command(.pageDown))
    }

    @Test("The header names the organization, and gives its short name when the terminal is too narrow")
    func header() {
        var wide = ScreenDriver(width: 80, height: 24)
        wide.press(.down)
        #expect(wide.render().grid.lines[0].hasPrefix(" Acme Robotics · Ada Admin (admin) · store /tmp/acme.sqlite"))
        let me = UserDetails(
            user: User(
                id: "auth0|64f0c0ffee0000000000a001", name: "Ada Augusta King, Countess of Lovelace",
                email: "ada@acme.test"), roles: [.admin])
        var narrow = ScreenDriver(width: 60, height: 16, members: [me])
        narrow.press(.down)
        #expect(narrow.render().grid.lines[0].hasPrefix(" acme · Ada Augusta King, Countess of Lovelace (admin) · "))
        var roomy = ScreenDriver(width: 100, height: 24, members: [me])
        roomy.press(.down)
        #expect(roomy.render().grid.lines[0].hasPrefix(" Acme Robotics · Ada Augusta King"))
    }
}
