@testable import OrgModel
@testable import OrgTUI
import Testing

/// The mouse on rendered frames: what a press or the wheel at a cell asks of the loop, by the targets the
/// renderer drew there.
@Suite struct PointerTests {
    private static let start = ContinuousClock.now

    /// The column and row of the first cell showing `text` in `frame`.
    private func cell(of text: String, in frame: Frame) throws -> (x: Int, y: Int) {
        let lines = frame.grid.lines
        let y = try #require(lines.firstIndex { $0.contains(text) }, "\(text) is not on the screen")
        return (lines[y].distance(from: lines[y].startIndex, to: lines[y].range(of: text)!.lowerBound), y)
    }

    @Test func aClickSelectsARowAndASecondOneSoonOnTheSameCellOpensIt() throws {
        var driver = ScreenDriver(width: 80, height: 24)
        var pointer = Pointer()
        let frame = driver.render()
        let y = driver.state.layout.body.y + 3
        let first = pointer.actions(for: .press(x: 10, y: y), on: frame.grid, at: Self.start)
        #expect(first == [.event(.clicked(.row(3)))])
        driver.send(.clicked(.row(3)))
        #expect(driver.state.users.cursor == 3)
        let second = pointer.actions(for: .press(x: 10, y: y), on: frame.grid, at: Self.start + .milliseconds(300))
        #expect(second == [.event(.clicked(.row(3))), .key(.enter)])
        let third = pointer.actions(for: .press(x: 10, y: y), on: frame.grid, at: Self.start + .milliseconds(600))
        #expect(third == [.event(.clicked(.row(3)))])
        let late = pointer.actions(for: .press(x: 10, y: y), on: frame.grid, at: Self.start + .seconds(2))
        #expect(late == [.event(.clicked(.row(3)))])
    }

    @Test func aClickOnAKeyInTheHintBarPressesIt() throws {
        let frame = ScreenDriver(width: 80, height: 24).render()
        var pointer = Pointer()
        let help = try cell(of: "? Help", in: frame)
        #expect(
            pointer.actions(for: .press(x: help.x + 3, y: help.y), on: frame.grid, at: Self.start) == [
                .key(.character("?"))
            ])
        let quit = try cell(of: "q Quit", in: frame)
        #expect(
            pointer.actions(for: .press(x: quit.x, y: quit.y), on: frame.grid, at: Self.start) == [
                .key(.character("q"))
            ])
        #expect(pointer.actions(for: .press(x: 79, y: help.y), on: frame.grid, at: Self.start).isEmpty)
    }

    @Test func theWheelMovesTheSelectionOverTheListOnly() {
        let driver = ScreenDriver(width: 80, height: 24)
        let frame = driver.render()
        var pointer = Pointer()
        let body = driver.state.layout.body.y
        #expect(
            pointer.actions(for: .wheel(x: 5, y: body + 1, down: true), on: frame.grid, at: Self.start) == [
                .event(.command(.down)), .event(.command(.down)), .event(.command(.down)),
            ])
        #expect(pointer.actions(for: .wheel(x: 5, y: body, down: false), on: frame.grid, at: Self.start).count == 3)
        #expect(pointer.actions(for: .wheel(x: 5, y: 0, down: true), on: frame.grid, at: Self.start).isEmpty)
    }

    @Test func aClickOnARoleTogglesItAndOnAFieldFocusesIt() throws {
        var driver = ScreenDriver(width: 80, height: 24)
        var pointer = Pointer()
        driver.press(.editRoles)
        var frame = driver.render()
        let developer = try cell(of: "2 developer", in: frame)
        #expect(
            pointer.actions(for: .press(x: developer.x, y: developer.y), on: frame.grid, at: Self.start) == [
                .event(.command(.toggleRole2))
            ])
        driver.press(.back, .invite)
        frame = driver.render()
        let name = try cell(of: "Name", in: frame)
        #expect(
            pointer.actions(for: .press(x: name.x + 20, y: name.y), on: frame.grid, at: Self.start) == [
                .event(.clicked(.field(1)))
            ])
        let signIn = try cell(of: "Sign-in", in: frame)
        #expect(
            pointer.actions(for: .press(x: signIn.x, y: signIn.y), on: frame.grid, at: Self.start) == [
                .event(.clicked(.field(3)))
            ])
    }

    @Test func aClickOnADialogsAnswerGivesItAndTheBoxCoversTheRowsBelow() throws {
        var driver = ScreenDriver(width: 80, height: 24)
        var pointer = Pointer()
        driver.press(.down, .delete)
        let frame = driver.render()
        let yes = try cell(of: "[ Yes ]", in: frame)
        #expect(
            pointer.actions(for: .press(x: yes.x + 3, y: yes.y), on: frame.grid, at: Self.start) == [
                .event(.command(.confirm))
            ])
        let no = try cell(of: "[ No ]", in: frame)
        #expect(
            pointer.actions(for: .press(x: no.x, y: no.y), on: frame.grid, at: Self.start) == [
                .event(.command(.deny))
            ])
        let twice = [no.x + 7, no.x + 7].map {
            pointer.actions(for: .press(x: $0, y: no.y), on: frame.grid, at: Self.start + .milliseconds(100))
        }
        #expect(twice == [[], []], "a double click beside the buttons reaches neither the answers nor the rows below")
        #expect(pointer.actions(for: .wheel(x: no.x, y: no.y - 1, down: true), on: frame.grid, at: Self.start).isEmpty)
    }
}
