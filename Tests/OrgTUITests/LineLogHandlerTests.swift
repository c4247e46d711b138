import Foundation
import Logging
@testable import OrgCLI
import Testing

/// A log holds what servers and stores said; read with `tail`, it must not drive the reader's terminal.
@Suite struct LineLogHandlerTests {
    @Test func eachEventIsOneLineWithEveryControlCharacterEscaped() throws {
        let path = NSTemporaryDirectory() + "orgtui-log-" + UUID().uuidString
        defer { try? FileManager.default.removeItem(atPath: path) }
        let fd = open(path, O_WRONLY | O_CREAT | O_TRUNC, 0o600)
        defer { close(fd) }
        let logger = Logger(label: "test") { label in
            LineLogHandler(output: .init(fd: fd), label: label, level: .debug)
        }
        logger.debug("answer: {\"name\": \"Eve\u{1B}]0;owned\u{07}\"}\nnext", metadata: ["path": "/users/\u{9B}2J"])
        let text = try String(contentsOfFile: path, encoding: .utf8)
        #expect(text.hasSuffix("debug test: answer: {\"name\": \"Eve^[]0;owned^G\"}^Jnext path=/users/<U+009B>2J\n"))
        #expect(text.filter(\.isNewline).count == 1)
    }

    @Test(arguments: [0, 951_782_400.5, 1_796_596_555.999, 4_102_444_799, -86_400.25])
    func timestampsAreWrittenAsFoundationsISO8601(_ seconds: Double) {
        let date = Date(timeIntervalSince1970: seconds)
        #expect(LineLogHandler.timestamp(date) == date.formatted(.iso8601))
    }
}
