import CSV
import Foundation
import OrgText
import OrgModel
import Testing

@testable import OrgCLI

/// What `--output` writes of hostile text: JSON and ndjson escape every scalar a terminal would act on and
/// decode back to the very strings; CSV is escaped as the table is on a terminal and raw data elsewhere.
@Suite struct RowWriterTests {
    /// Names a server may send: controls, bidi overrides, separators, invisible and tag characters.
    static let hostile = [
        "Eve\u{1B}[2J\u{7}\u{9B}Bell", "user\u{202E}nimda", "line\u{2028}para\u{2029}", "nul\u{0}del\u{7F}",
        "c1\u{85}\u{80}\u{9F}", "zero\u{200B}width\u{FEFF}\u{2066}", "tag\u{E0041}", "=cmd|' /C calc'!A0",
        "tone\u{1F44D}\u{1F3FD}", "José 山田 👍", "fake\r\nrow,\"quoted\"",
    ]

    static func users(_ names: [String]) -> [User] {
        names.enumerated().map {
            User(id: "u\($0.offset)\u{1B}[31m", name: $0.element, email: "\($0.offset)\u{202E}@x")
        }
    }

    /// The bytes a writer for `arguments` writes of `rows` to a pipe, or to a terminal when `terminal`.
    static func written(_ arguments: [String], _ rows: [User], terminal: Bool = false) throws -> String {
        var reader: Int32 = -1
        var writing: Int32 = -1
        if terminal {
            #expect(openpty(&reader, &writing, nil, nil, nil) == 0)
            var raw = termios()
            tcgetattr(writing, &raw)
            cfmakeraw(&raw)
            tcsetattr(writing, TCSANOW, &raw)
        } else {
            var fds: [Int32] = [-1, -1]
            #expect(pipe(&fds) == 0)
            (reader, writing) = (fds[0], fds[1])
        }
        // Read while the writer writes: a pipe holds 64 KiB, and a writer that fills it waits for a reader.
        let drained = Drained(reader)
        defer { close(reader) }
        let writer = RowWriter<User>(try OutputOptions.parse(arguments), descriptor: writing)
        try writer.writeAll(rows)
        close(writing)
        return drained.text()
    }

    /// Everything read from a descriptor to its end, by a thread of its own.
    final class Drained: @unchecked Sendable {
        private var bytes: [UInt8] = []
        private let done = DispatchSemaphore(value: 0)

        init(_ descriptor: Int32) {
            Thread { [self] in
                var buffer = [UInt8](repeating: 0, count: 65_536)
                while true {
                    let count = read(descriptor, &buffer, buffer.count)
                    guard count > 0 else { break }
                    bytes += buffer[0..<count]
                }
                done.signal()
            }.start()
        }

        /// The text read, once the descriptor's writing end is closed.
        func text() -> String {
            done.wait()
            return String(decoding: bytes, as: UTF8.self)
        }
    }

    /// The scalars of `text` a terminal would act on, its line breaks aside.
    static func unsafe(in text: String) -> [Unicode.Scalar] {
        text.unicodeScalars.filter { $0 != "\n" && $0 != "\r" && Sanitizer.isUnsafe($0) }
    }

    @Test(arguments: ["json", "ndjson"])
    func jsonEscapesWhatATerminalWouldActOnAndDecodesToTheSameStrings(format: String) throws {
        var generator = HostileText(seed: HostileText.seedFromEnvironment())
        let users = Self.users(Self.hostile + (0..<200).map { _ in generator.next() })
        let text = try Self.written(["-o", format], users)
        #expect(Self.unsafe(in: text).isEmpty, "seed \(generator.seed): \(Self.unsafe(in: text))")
        let decoded =
            format == "json"
            ? try JSONDecoder().decode([User].self, from: Data(text.utf8))
            : try text.split(separator: "\n").map { try JSONDecoder().decode(User.self, from: Data($0.utf8)) }
        #expect(decoded == users, "seed \(generator.seed)")
        #expect(text.contains(#"user\u202enimda"#))
        #expect(text.contains(#"line\u2028para\u2029"#))
        #expect(text.contains(#"tag\udb40\udc41"#))
        #expect(text.contains(#"Eve\u001b[2J\u0007\u009bBell"#))
        #expect(text.contains("José 山田 👍"))
    }

    /// More than a pipe holds (64 KiB) is read whole: the test reads while the writer writes.
    @Test func moreThanAPipeHoldsIsReadWhole() throws {
        let users = (0..<3_000).map { User(id: "u\($0)", name: "Person \($0)", email: "p\($0)@acme.test") }
        let text = try Self.written(["-o", "ndjson"], users)
        #expect(text.utf8.count > 65_536)
        #expect(text.split(separator: "\n").count == 3_000)
    }

    @Test func csvToATerminalIsEscapedAsTheTableIs() throws {
        let users = Self.users(Self.hostile)
        let text = try Self.written(["-o", "csv"], users, terminal: true)
        #expect(Self.unsafe(in: text).isEmpty, "\(Self.unsafe(in: text))")
        let rows = Array(AnyIterator(try CSVReader(string: text, hasHeaderRow: true).next))
        #expect(rows == users.map { $0.cells.map { Sanitizer.clean(CSVCell.neutralized($0)) } })
        #expect(rows[0] == ["u0^[[31m", "Eve^[[2J^G<U+009B>Bell", "0<U+202E>@x"])
        #expect(rows[7][1] == "'=cmd|' /C calc'!A0")
    }

    @Test func csvToAPipeIsTheRawData() throws {
        let users = Self.users(Self.hostile)
        let text = try Self.written(["-o", "csv", "--raw-csv"], users)
        let rows = Array(AnyIterator(try CSVReader(string: text, hasHeaderRow: true).next))
        #expect(rows == users.map(\.cells))
        #expect(rows[1][1] == "user\u{202E}nimda")
    }
}
