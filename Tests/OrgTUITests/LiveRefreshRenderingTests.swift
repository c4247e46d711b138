@testable import OrgModel
@testable import OrgTUI
import Testing

/// How the live refresh's findings look: a changed row in the `changed` style (not the cursor's row,
/// which keeps its own), and the notice on a screen about one user whom someone else changed.
@Suite struct LiveRefreshRenderingTests {
    @Test func aChangedRowIsDrawnInTheChangedStyleUntilItsMarkExpires() throws {
        var driver = ScreenDriver(width: 80, height: 24)
        let row = driver.state.visibleRows[2]
        let id = try #require(row.user?.id)
        let y = driver.state.layout.body.y + 2
        #expect(driver.render().grid[4, y].style == .normal)
        driver.state.refresh.changed[id] = 99
        #expect(driver.render().grid[4, y].style == .changed)
        #expect(driver.render().grid[4, y - 2].style == .selected)
        driver.send(.waited(99))
        #expect(driver.render().grid[4, y].style == .normal)
    }

    @Test func aScreenAboutAUserSomeoneElseChangedSaysSoOnItsTitleLine() throws {
        var driver = ScreenDriver(width: 80, height: 24)
        driver.press(.open)
        let id = try #require(driver.state.screen.singleUser?.id)
        #expect(!driver.render().grid.lines[1].contains("Changed by someone else"))
        driver.state.refresh.changedElsewhere.insert(id)
        #expect(driver.render().grid.lines[1].hasSuffix("Changed by someone else"))
        driver.press(.back)
        #expect(driver.state.refresh.changedElsewhere.isEmpty)
    }
}
