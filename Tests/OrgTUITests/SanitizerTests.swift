import OrgText
import Testing

@Suite("Sanitizer")
struct SanitizerTests {
    @Test(
        "Each hostile input becomes visible, inert text",
        arguments: [
            ("\u{1B}[2J", "^[[2J"),
            ("\u{1B}]0;pwned\u{07}", "^[]0;pwned^G"),
            ("Eve\u{1B}[10;1HAdmin", "Eve^[[10;1HAdmin"),
            ("a\u{1B}[A\u{1B}[3D", "a^[[A^[[3D"),
            ("x\u{9B}2J", "x<U+009B>2J"),
            ("del\u{7F}", "del^?"),
            ("user\u{202E}nimda", "user<U+202E>nimda"),
            ("iso\u{2066}late\u{2069}", "iso<U+2066>late<U+2069>"),
            ("zero\u{200B}width\u{FEFF}", "zero<U+200B>width<U+FEFF>"),
            ("a\u{200D}b", "a<U+200D>b"),
            ("fake\rrow", "fake^Mrow"),
            ("fake\r\nrow", "fake^M^Jrow"),
            ("back\u{08}space", "back^Hspace"),
            ("tab\there", "tab^Ihere"),
            ("nul\u{0}byte", "nul^@byte"),
            ("line\u{2028}sep", "line<U+2028>sep"),
            ("\u{301}orphan", "<U+0301>orphan"),
            (
                String(repeating: "\u{115F}", count: 300) + "Mallory",
                String(repeating: "<U+115F>", count: 300) + "Mallory"
            ),
            ("z" + String(repeating: "\u{301}", count: 6), "z" + String(repeating: "<U+0301>", count: 6)),
            ("\u{2764}\u{FE0F}", "\u{2764}<U+FE0F>"),
            ("\u{1F44D}\u{1F3FD}", "\u{1F44D}<U+1F3FD>"),
            ("\u{1F469}\u{200D}\u{1F4BB}", "\u{1F469}<U+200D><U+1F4BB>"),
            ("new\u{378}", "new<U+0378>"),
            ("\n\u{FF9E}", "^J<U+FF9E>"),
            ("\u{3164}\u{3164}", "<U+3164><U+3164>"),
            ("\u{1F3FB}", "<U+1F3FB>"),
            ("क्क्क्क्क", "क" + String(repeating: "<U+094D><U+0915>", count: 4)),
            ("\u{0D4E}\n", "<U+0D4E>^J"),
        ])
    func hostile(input: String, expected: String) {
        let clean = Sanitizer.clean(input)
        #expect(clean == expected)
        #expect(clean.unicodeScalars.allSatisfy { !Sanitizer.isUnsafe($0) })
        #expect(Sanitizer.clean(clean) == clean)
    }

    @Test("Ordinary names pass unchanged")
    func ordinary() {
        for name in [
            "Ada Lovelace", "José Müller", "山田 太郎", "Zoë O'Brien-Smith 👍", "e\u{301}lodie",
            "लक्ष्मी", "\u{1100}\u{1161}\u{11A8}", "🇫🇷", "ｶﾞ",
        ] {
            #expect(Sanitizer.clean(name) == name)
        }
    }
}

@Suite("Display width")
struct DisplayWidthTests {
    @Test(
        "Columns per string",
        arguments: [
            ("abc", 3),
            ("山田", 4),
            ("한국어", 6),
            ("ｆｕｌｌ", 8),
            ("👍", 2),
            ("🇫🇷", 2),
            ("❤️", 1),
            ("लक्ष्मी", 5),
            ("\u{115F}\u{115F}", 4),
            ("\u{1100}\u{1161}\u{11A8}", 2),
            ("e\u{301}", 1),
            ("a\u{308}\u{304}", 1),
            ("", 0),
        ])
    func width(text: String, columns: Int) {
        #expect(text.displayWidth == columns)
    }

    @Test("Cutting keeps whole characters and ends with an ellipsis")
    func cut() {
        #expect("Ada Lovelace".cut(toWidth: 6) == "Ada L…")
        #expect("Ada".cut(toWidth: 3) == "Ada")
        #expect("山田太郎".cut(toWidth: 6) == "山田…")
        #expect("山田太郎".cut(toWidth: 5) == "山田…")
        #expect("山田太郎".cut(toWidth: 4) == "山…")
        #expect("e\u{301}e\u{301}e\u{301}".cut(toWidth: 2) == "e\u{301}…")
        #expect("abc".cut(toWidth: 0) == "")
        #expect("山田".fit(toWidth: 5) == "山田 ")
        #expect("山田太郎".fit(toWidth: 5).displayWidth == 5)
    }
}
