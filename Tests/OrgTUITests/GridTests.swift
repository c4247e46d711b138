import OrgText
import Testing
@testable import OrgTUI

@Suite("Grid")
struct GridTests {
    @Test("Text is sanitized, cut at the edge, and wide characters take two cells")
    func put() {
        var grid = Grid(width: 10, height: 3)
        #expect(grid.put("a\u{1B}[2J", x: 0, y: 0) == 6)
        #expect(grid.put("山田太郎さん", x: 0, y: 1) == 9)
        grid.put("hello world", x: 2, y: 2, limit: 5, style: .selected)
        #expect(grid.lines == ["a^[[2J", "山田太郎…", "  hell…"])
        #expect(grid[0, 1].width == 2 && grid[1, 1].width == 0)
        #expect(grid[2, 2].style == .selected && grid[1, 2].style == .normal)
    }

    @Test("Overwriting half of a wide character blanks the other half")
    func overwrite() {
        var grid = Grid(width: 6, height: 1)
        grid.put("山田太", x: 0, y: 0)
        grid.put("x", x: 1, y: 0)
        grid.put("y", x: 4, y: 0)
        #expect(grid.lines == [" x田y"])
        #expect(grid.row(0).map(\.width).reduce(0, +) == 6)
    }

    @Test("A cluster of four columns takes four cells; overwriting any of them blanks the rest")
    func wideCluster() {
        var grid = Grid(width: 8, height: 2)
        #expect(grid.put("लक्ष्मीx", x: 0, y: 0) == 6)
        #expect(grid.row(0).map(\.width) == [1, 4, 0, 0, 0, 1, 1, 1])
        grid.put("y", x: 3, y: 0)
        #expect(grid.lines[0] == "ल  y x")
        #expect(grid.put("\u{115F}Mallory", x: 0, y: 1) == 8)
        #expect(grid.lines[1] == "<U+115F…")
    }

    @Test("Wrapping never makes a line wider than asked", arguments: [1, 2, 3, 5])
    func wrapped(width: Int) {
        for line in "山田 太郎 लक्ष्मी abcdef".wrapped(toWidth: width) {
            #expect(line.displayWidth <= width)
        }
    }

    @Test("Writing outside the grid does nothing")
    func outside() {
        var grid = Grid(width: 3, height: 1)
        #expect(grid.put("x", x: 3, y: 0) == 0)
        #expect(grid.put("x", x: 0, y: 1) == 0)
        #expect(grid.lines == [""])
    }

    @Test("A snapshot mismatch names each differing line")
    func snapshotDiff() {
        #expect(Snapshot.diff("a\nb\nc\n", "a\nB\nc\n") == "line 2:\n-b\n+B")
        #expect(Snapshot.diff("a\n", "a\nextra\n") == "line 2:\n-\n+extra\nline 3:\n-(none)\n+")
    }
}
