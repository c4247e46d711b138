@testable import OrgModel
import Testing

/// The line editing every text field and the search line share: readline's keys on one line of text.
@Suite struct LineEditorTests {
    /// `line` after each of `commands`.
    static func applying(_ commands: [Command], to line: LineEditor) -> LineEditor {
        var line = line
        for command in commands {
            let edited = line.apply(command)
            #expect(edited, "\(command)")
        }
        return line
    }

    @Test func aTypoInTheMiddleIsFixedWithoutErasingWhatFollows() {
        var line = Self.applying(Array(repeating: .cursorLeft, count: 4), to: "Acme Robtics")
        #expect(line == LineEditor("Acme Robtics", cursor: 8))
        line.insert("o")
        #expect(line == LineEditor("Acme Robotics", cursor: 9))
        line = Self.applying([.lineStart, .deleteForward], to: line)
        #expect(line == LineEditor("cme Robotics", cursor: 0))
        line.insert("A")
        #expect(line == LineEditor("Acme Robotics", cursor: 1))
        #expect(Self.applying([.lineEnd], to: line) == LineEditor("Acme Robotics", cursor: 13))
        #expect(Self.applying([.cursorRight, .backspace], to: line) == LineEditor("Ame Robotics", cursor: 1))
    }

    @Test func theKillsEraseBeforeTheCursorAfterItOrTheWordBeforeIt() {
        let middle = LineEditor("Ada Lovelace", cursor: 4)
        #expect(Self.applying([.killToStart], to: middle) == LineEditor("Lovelace", cursor: 0))
        #expect(Self.applying([.killToEnd], to: middle) == LineEditor("Ada ", cursor: 4))
        #expect(Self.applying([.killWordBack], to: middle) == LineEditor("Lovelace", cursor: 0))
        #expect(Self.applying([.killWordBack], to: "Ada  Lovelace  ") == "Ada  ")
        #expect(Self.applying([.killWordBack, .killWordBack], to: "Ada  Lovelace  ") == "")
        #expect(Self.applying([.killWordBack], to: "ada@acme.test") == "")
        #expect(
            Self.applying([.killWordBack], to: LineEditor("Ada Love lace", cursor: 8))
                == LineEditor("Ada  lace", cursor: 4))
    }

    @Test func nothingMovesOrErasesPastTheEnds() {
        #expect(Self.applying([.cursorRight, .deleteForward, .killToEnd], to: "Ada") == "Ada")
        let start = LineEditor("Ada", cursor: 0)
        #expect(Self.applying([.cursorLeft, .backspace, .killToStart, .killWordBack], to: start) == start)
        #expect(Self.applying([.backspace, .cursorLeft, .deleteForward, .killWordBack], to: "") == "")
        var line: LineEditor = "Ada"
        let edited = [line.apply(.submit), line.apply(.nextField)]
        #expect(edited == [false, false] && line == "Ada")
    }

    @Test func theCursorStepsOverWholeCharactersWideOrCombined() {
        var line: LineEditor = "日本語"
        line.apply(.cursorLeft)
        #expect((line.beforeCursor, line.afterCursor) == ("日本", "語"))
        line.apply(.backspace)
        #expect(line == LineEditor("日語", cursor: 1))
        var accented: LineEditor = ""
        accented.insert("e")
        accented.insert("\u{301}")
        #expect(accented == LineEditor("e\u{301}", cursor: 1))
        accented.apply(.backspace)
        #expect(accented == "")
    }
}
