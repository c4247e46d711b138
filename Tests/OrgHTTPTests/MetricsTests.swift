import BackendContract
import Foundation
@testable import OrgServer
import Testing
#if canImport(FoundationNetworking)
import FoundationNetworking
#endif

/// `GET /metrics`: Prometheus' text format, requests by operation and status, latency per operation, requests
/// in flight; no email, token, id or query in a label; absent when metrics are off.
@Suite struct MetricsTests {
    func get(_ harness: ServerHarness, _ path: String, token: String? = nil) async throws -> (Int, String) {
        var request = URLRequest(url: URL(string: harness.baseURL.absoluteString + path)!)
        if let token { request.setValue(token, forHTTPHeaderField: "Authorization") }
        let (data, response) = try await URLSession.shared.data(for: request)
        return ((response as! HTTPURLResponse).statusCode, String(decoding: data, as: UTF8.self))
    }

    @Test func requestsAreCountedByOperationAndStatusWithoutPersonalData() async throws {
        let harness = try await ServerHarness(metrics: ServerMetrics())
        let admin = harness.token(for: ContractData.me.id)
        let member = ContractData.member
        #expect(try await get(harness, "/users/\(member.id)", token: admin).0 == 200)
        #expect(try await get(harness, "/users?name_search=\(member.name.prefix(3))", token: admin).0 == 200)
        #expect(try await get(harness, "/users/me").0 == 401)
        #expect(try await get(harness, "/no/\(member.email)").0 == 404)
        let (status, text) = try await get(harness, "/metrics")
        #expect(status == 200)
        #expect(text.contains(#"orgtui_http_requests_total{operation="getUser",status="200"} 1"#))
        #expect(text.contains(#"orgtui_http_requests_total{operation="listUsers",status="200"} 1"#))
        #expect(text.contains(#"orgtui_http_requests_total{operation="other",status="401"} 1"#))
        #expect(text.contains(#"orgtui_http_requests_total{operation="other",status="404"} 1"#))
        #expect(text.contains(#"orgtui_http_request_duration_seconds_bucket{operation="getUser",le="+Inf"} 1"#))
        #expect(text.contains("orgtui_http_requests_in_flight 1"), "the /metrics request itself")
        #expect(text.contains(#"orgtui_token_cache_total{result="miss"} 1"#))
        #expect(text.contains(#"orgtui_token_cache_total{result="hit"} 1"#))
        for secret in [member.id, member.email, String(member.name.prefix(3)), admin] {
            #expect(!text.contains(secret))
        }
        await harness.stop()
    }

    @Test func readingsAreGaugesReadWhenMetricsAreAsked() async throws {
        let inUse = Counter()
        let metrics = ServerMetrics(readings: [
            MetricReading(label: "orgtui_database_connections_in_use") { inUse.value }
        ])
        inUse.value = 3
        #expect(String(decoding: metrics.text, as: UTF8.self).contains("orgtui_database_connections_in_use 3"))
        inUse.value = 1
        #expect(String(decoding: metrics.text, as: UTF8.self).contains("orgtui_database_connections_in_use 1"))
    }

    /// A value a reading reads.
    final class Counter: @unchecked Sendable {
        var value = 0
    }

    @Test func withoutMetricsThereIsNoRoute() async throws {
        let harness = try await ServerHarness()
        #expect(try await get(harness, "/metrics").0 == 404)
        await harness.stop()
    }
}
