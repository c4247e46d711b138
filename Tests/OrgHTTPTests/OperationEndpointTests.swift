import BackendContract
import Foundation
import OrgModel
@testable import OrgServer
import Testing
#if canImport(FoundationNetworking)
import FoundationNetworking
#endif

/// `/healthz` and `/readyz`: answered without a token, and `/readyz` follows the store.
@Suite struct OperationEndpointTests {
    /// A store check that a test makes fail, hang or pass.
    final class Store: @unchecked Sendable {
        enum Mode { case answers, fails, hangs }
        private let lock = NSLock()
        private var stored = Mode.answers
        var mode: Mode {
            get { lock.withLock { stored } }
            set { lock.withLock { stored = newValue } }
        }

        var readiness: Readiness {
            Readiness { [self] () throws(BackendError) in
                switch mode {
                case .answers: return
                case .fails: throw BackendError.unavailable("connection refused")
                case .hangs: try? await Task.sleep(for: .seconds(30))
                }
            }
        }
    }

    func get(_ harness: ServerHarness, _ path: String) async throws -> (status: Int, body: String) {
        let (data, response) = try await URLSession.shared.data(
            from: URL(string: harness.baseURL.absoluteString + path)!)
        return ((response as! HTTPURLResponse).statusCode, String(decoding: data, as: UTF8.self))
    }

    @Test func healthzAnswersWithoutATokenOrTheStore() async throws {
        let store = Store()
        store.mode = .fails
        let harness = try await ServerHarness(readiness: store.readiness)
        let health = try await get(harness, "/healthz")
        #expect(health.status == 200)
        #expect(try await get(harness, "/users/me").status == 401)
        await harness.stop()
    }

    @Test func readyzFollowsTheStore() async throws {
        let store = Store()
        let harness = try await ServerHarness(readiness: store.readiness)
        #expect(try await get(harness, "/readyz").status == 200)
        store.mode = .fails
        let failed = try await get(harness, "/readyz")
        #expect(failed.status == 503 && failed.body.contains("connection refused"))
        store.mode = .hangs
        let hung = try await get(harness, "/readyz")
        #expect(hung.status == 503 && hung.body.contains("did not answer within 1 s"))
        store.mode = .answers
        #expect(try await get(harness, "/readyz").status == 200)
        await harness.stop()
    }

    @Test func readyzOfARealStoreIs200() async throws {
        let harness = try await ServerHarness()
        #expect(try await get(harness, "/readyz").status == 200)
        await harness.stop()
    }
}
