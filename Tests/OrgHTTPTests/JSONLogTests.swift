import Foundation
import Logging
@testable import OrgServer
import Testing
#if canImport(FoundationNetworking)
import FoundationNetworking
#endif

/// `orgtui serve --log-format json`: one JSON object a line, with the request's facts and never its
/// token, headers or query.
@Suite struct JSONLogTests {
    @Test(.enabled(if: ServedStore.exists))
    func eachRequestIsOneJSONLineWithItsFactsAndNoSecret() async throws {
        let served = try await ServedStore(["--log-format", "json"])
        defer { served.remove() }
        var request = URLRequest(url: URL(string: served.url.absoluteString + "/users?name_search=Ada%20Secretname")!)
        request.setValue(served.token, forHTTPHeaderField: "Authorization")
        request.setValue("find-me-1", forHTTPHeaderField: "X-Request-ID")
        let (_, response) = try await URLSession.shared.data(for: request)
        #expect((response as? HTTPURLResponse)?.statusCode == 200)
        #expect(await served.terminate() == 0)
        let lines = served.log.split(separator: "\n").map(String.init)
        let objects = lines.compactMap { try? JSONSerialization.jsonObject(with: Data($0.utf8)) as? [String: Any] }
        #expect(!lines.isEmpty && objects.count == lines.count, "every line is a JSON object")
        let line = try #require(objects.first { $0["request_id"] as? String == "find-me-1" })
        #expect(line["method"] as? String == "GET" && line["path"] as? String == "/users")
        #expect(line["operation"] as? String == "listUsers" && line["status"] as? Int == 200)
        #expect(line["duration_ms"] is Double && line["time"] is String && line["level"] as? String == "info")
        #expect((line["member_id"] as? String)?.isEmpty == false)
        let secret = try #require(served.token.split(separator: "_").last.map(String.init))
        #expect(
            !served.log.contains(secret) && !served.log.contains("Secretname") && !served.log.contains("Authorization"))
    }

    /// A Logger holds its handler as `any LogHandler`, copied for every request's logger: a handler larger than
    /// the existential's 24-byte inline buffer is boxed on the heap at each copy.
    @Test func theHandlerFitsInAnExistentialsInlineBuffer() {
        #expect(MemoryLayout<JSONLogHandler>.size <= 3 * MemoryLayout<Int>.size)
    }

    @Test func controlCharactersAreEscaped() {
        #expect(JSONLogHandler.quoted("a\"b\\c\n\u{1B}[2J\u{85}") == #""a\"b\\c\u000a\u001b[2J\u0085""#)
    }

    @Test func everyStringIsKeptWithNoControlOrSeparatorLeftRaw() throws {
        let scalars = (0..<0x3000).compactMap(Unicode.Scalar.init).map(String.init)
        let hostile = [
            "", "plain", "\u{2028}\u{2029}", "é\u{A0}\u{9F}\u{80}x", "\u{1F600}\u{7F}\"\\", "tail\u{85}", "\u{0}start",
            "ﾟ\u{E2}", "\u{2027}\u{202A}\u{9F}\u{A0}", String(repeating: "a\u{1B}", count: 300),
        ]
        for text in scalars + hostile {
            let quoted = JSONLogHandler.quoted(text)
            let decoded = try JSONDecoder().decode([String].self, from: Data("[\(quoted)]".utf8))
            #expect(decoded == [text], "\(text.unicodeScalars.map(\.value))")
            let raw = quoted.unicodeScalars.filter { $0.value < 0x20 || (0x7F...0x9F).contains($0.value) }
            #expect(raw.isEmpty && !quoted.contains("\u{2028}") && !quoted.contains("\u{2029}"))
        }
    }

    /// What `handler`, writing to a pipe, wrote while `log` ran.
    private func written(
        label: String = "orgtui.serve", metadata: Logger.Metadata = [:], _ log: (JSONLogHandler) -> Void
    ) -> String {
        var ends: [Int32] = [0, 0]
        guard pipe(&ends) == 0 else { return "no pipe" }
        defer { close(ends[0]) }
        var handler = JSONLogHandler(label: label, level: .info, output: .init(fd: ends[1]))
        handler.metadata = metadata
        log(handler)
        close(ends[1])
        return String(decoding: FileHandle(fileDescriptor: ends[0]).readDataToEndOfFile(), as: UTF8.self)
    }

    @Test func aLineHoldsTheHandlersAndTheEventsFieldsWithNumbersAsNumbers() throws {
        let text = written(label: "orgtui.\u{1B}serve", metadata: ["shared": "handler's", "kept": "from the handler"]) {
            $0.log(
                event: LogEvent(
                    level: .warning, message: "GET /x\u{2028}\"",
                    metadata: [
                        "shared": "event's", "status": .stringConvertible(200), "duration_ms": .stringConvertible(1.5),
                        "nan": .stringConvertible(Double.nan), "list": ["a", "b"],
                    ], source: "test", file: #fileID, function: #function, line: #line))
        }
        #expect(text.hasSuffix("}\n") && text.filter { $0 == "\n" }.count == 1)
        let line = try #require(try JSONSerialization.jsonObject(with: Data(text.utf8)) as? [String: Any])
        #expect(line["level"] as? String == "warning" && line["label"] as? String == "orgtui.\u{1B}serve")
        #expect(line["message"] as? String == "GET /x\u{2028}\"" && line["time"] is String)
        #expect(line["shared"] as? String == "event's" && line["kept"] as? String == "from the handler")
        #expect(line["status"] as? Int == 200 && line["duration_ms"] as? Double == 1.5)
        #expect(line["nan"] as? String == "nan" && line["list"] as? String == #"["a", "b"]"#)
        #expect(text.firstRange(of: #""kept""#)!.lowerBound < text.firstRange(of: #""list""#)!.lowerBound)
    }

    @Test func aRequestLineIsWrittenAsItsMessageAndMetadataWouldBe() throws {
        let lines = [
            RequestLine(
                method: "GET", path: "/users/\u{1B}[2J\"\\\u{85}\u{2028}é", operation: "getUser", status: 404,
                milliseconds: 12.345, requestID: "id-\"1\"", memberID: "m_1"),
            RequestLine(
                method: "POST", path: "/", operation: "other", status: 401, milliseconds: 0.05, requestID: nil,
                memberID: nil),
        ]
        for request in lines {
            let direct = written { $0.log(request) }
            let generic = written {
                $0.log(
                    event: LogEvent(
                        level: .info, message: "\(request.message)", metadata: request.metadata, source: nil,
                        file: #fileID, function: #function, line: #line))
            }
            let withoutTime = #/^\{"time":"[^"]*"/#
            #expect(direct.replacing(withoutTime, with: "") == generic.replacing(withoutTime, with: ""))
            #expect(try JSONSerialization.jsonObject(with: Data(direct.utf8)) is [String: Any])
        }
    }
}
