import Testing
@testable import OrgTUI

/// The bytes a terminal sends, read the same whatever TERM says: both cursor modes' arrows, Home and End,
/// a lone Esc after the Esc delay, UTF-8, and SGR mouse reports.
@Suite("InputDecoder")
struct InputDecoderTests {
    private func decode(_ text: String) -> [TerminalInput] {
        var decoder = InputDecoder()
        return decoder.feed(Array(text.utf8)) + decoder.flush()
    }

    @Test("The arrows, Home and End in both cursor modes, and with modifiers")
    func arrowsInBothModes() {
        let expected: [Key] = [.up, .down, .right, .left, .home, .end]
        #expect(decode("\u{1B}OA\u{1B}OB\u{1B}OC\u{1B}OD\u{1B}OH\u{1B}OF") == expected.map { .key($0) })
        #expect(decode("\u{1B}[A\u{1B}[B\u{1B}[C\u{1B}[D\u{1B}[H\u{1B}[F") == expected.map { .key($0) })
        #expect(decode("\u{1B}[1;5B\u{1B}[1;2A") == [.key(.down), .key(.up)])
        #expect(decode("\u{1B}[1~\u{1B}[4~\u{1B}[7~\u{1B}[8~") == [.key(.home), .key(.end), .key(.home), .key(.end)])
    }

    @Test("Paging, Delete, Shift-Tab and F-keys in the xterm, vt and Linux console forms")
    func editingAndFunctionKeys() {
        #expect(
            decode("\u{1B}[5~\u{1B}[6~\u{1B}[3~\u{1B}[Z") == [.pageUp, .pageDown, .delete, .backTab].map { .key($0) })
        #expect(
            decode("\u{1B}OP\u{1B}[11~\u{1B}[[A\u{1B}[15~\u{1B}[24~")
                == [1, 1, 1, 5, 12].map { .key(.function($0)) })
    }

    @Test("A lone Esc is Esc, and so are Esc before a letter and Esc Esc")
    func loneEscape() {
        #expect(decode("\u{1B}") == [.key(.escape)])
        #expect(decode("\u{1B}j") == [.key(.escape), .key(.character("j"))])
        #expect(decode("\u{1B}\u{1B}[B") == [.key(.escape), .key(.down)])
    }

    @Test("A sequence cut between two reads waits for its rest and is not read as Esc")
    func splitSequence() {
        var decoder = InputDecoder()
        #expect(decoder.feed([0x1B]) == [])
        #expect(decoder.isWaiting)
        #expect(decoder.feed(Array("[".utf8)) == [])
        #expect(decoder.feed(Array("Bj".utf8)) == [.key(.down), .key(.character("j"))])
        #expect(!decoder.isWaiting)
        #expect(decoder.feed([0xC3]) == [])
        #expect(decoder.feed([0xAB]) == [.key(.character("ë"))])
    }

    @Test("An unfinished sequence flushed after the delay is Esc and its characters, as typed")
    func flushedSequence() {
        var decoder = InputDecoder()
        #expect(decoder.feed(Array("\u{1B}[".utf8)) == [])
        #expect(decoder.flush() == [.key(.escape), .key(.character("["))])
    }

    @Test("Text, control keys, and bytes that are not text")
    func text() {
        #expect(
            decode("a Z\r\t\u{7F}\u{08}\u{12}") == [
                .key(.character("a")), .key(.character(" ")), .key(.character("Z")), .key(.enter), .key(.tab),
                .key(.backspace), .key(.backspace), .key(.control("r")),
            ])
        #expect(decode("山👍") == [.key(.character("山")), .key(.character("👍"))])
        #expect(decode("\u{9B}x") == [.key(.character("x"))])
        var decoder = InputDecoder()
        #expect(decoder.feed([0xFF, 0x41, 0xE4, 0x41, 0xBF]) == [.key(.character("A")), .key(.character("A"))])
        #expect(!decoder.isWaiting)
    }

    @Test("Unknown sequences are dropped whole, never read as Esc and text")
    func unknownSequences() {
        #expect(decode("\u{1B}[?1;2c\u{1B}[I\u{1B}[99~j") == [.key(.character("j"))])
        #expect(decode("\u{1B}[" + String(repeating: "1", count: 100) + "j").allSatisfy { $0 != .key(.escape) })
    }

    @Test("SGR mouse reports: a left press, the wheel; releases, other buttons, motion and Shift mean nothing")
    func sgrMouse() {
        #expect(decode("\u{1B}[<0;10;5M") == [.mouse(.press(x: 9, y: 4))])
        #expect(
            decode("\u{1B}[<64;3;7M\u{1B}[<65;3;7M") == [
                .mouse(.wheel(x: 2, y: 6, down: false)), .mouse(.wheel(x: 2, y: 6, down: true)),
            ])
        #expect(decode("\u{1B}[<0;10;5m\u{1B}[<2;10;5M\u{1B}[<32;10;5M\u{1B}[<4;10;5M\u{1B}[<0;0;5M") == [])
        #expect(decode("\u{1B}[<0;300;120M") == [.mouse(.press(x: 299, y: 119))])
    }

    @Test("Legacy mouse reports from terminals that ignore the SGR mode")
    func legacyMouse() {
        let press: [UInt8] = [0x1B, 0x5B, 0x4D, 32, 32 + 10, 32 + 5]
        let release: [UInt8] = [0x1B, 0x5B, 0x4D, 32 + 3, 32 + 10, 32 + 5]
        var decoder = InputDecoder()
        #expect(decoder.feed(press + release + Array("j".utf8)) == [.mouse(.press(x: 9, y: 4)), .key(.character("j"))])
    }
}
