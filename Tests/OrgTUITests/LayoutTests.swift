import OrgModel
import Testing
@testable import OrgTUI

@Suite("Layout")
struct LayoutTests {
    static let sizes = [(60, 16), (80, 24), (120, 40)]

    @Test(
        "The regions stack without gaps from the top row to the bottom one, each as wide as the terminal",
        arguments: sizes)
    func regions(width: Int, height: Int) {
        let layout = Layout(width: width, height: height)
        let stack = [layout.header, layout.titleLine, layout.columnTitles, layout.body, layout.status, layout.hints]
        #expect(stack.first?.y == 0)
        #expect(zip(stack, stack.dropFirst()).allSatisfy { $0.bottom == $1.y })
        #expect(stack.last?.bottom == height)
        #expect(stack.allSatisfy { $0.x == 0 && $0.width == width })
        #expect(
            layout.content
                == Rect(
                    x: 0, y: layout.columnTitles.y, width: width,
                    height: layout.body.bottom - layout.columnTitles.y))
    }

    @Test(
        "The users table fills the body with the rows reduce counts; the last is the body's last row",
        arguments: sizes)
    func usersTable(width: Int, height: Int) {
        var driver = ScreenDriver(width: width, height: height)
        driver.press(.last)
        let layout = driver.state.layout
        let ready = StatusMessage(.info, "Ready")
        driver.send(.notice(ready))
        let grid = Renderer(keyMap: .standard, backend: "").render(driver.state).grid
        #expect(driver.state.visibleRows.count == layout.body.height)
        #expect(grid.lines[layout.columnTitles.y].hasPrefix("  Name"))
        #expect(grid.lines[layout.body.y..<layout.body.bottom].allSatisfy { !$0.isEmpty })
        #expect(grid[0, layout.body.bottom - 1].style == .selected)
        #expect(grid.lines[layout.status.y] == " Ready")
    }
}
