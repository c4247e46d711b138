import Foundation
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

    @Test func controlCharactersAreEscaped() {
        #expect(JSONLogHandler.quoted("a\"b\\c\n\u{1B}[2J\u{85}") == #""a\"b\\c\u000a\u001b[2J\u0085""#)
    }
}
