import Foundation
import OrgHTTP
import OrgModel
import TestHTTPServers
import Testing

/// Fetching the platform's OpenAPI document: at most 8 MiB of it is read, in plain http only from this machine.
@Suite struct PlatformDocumentTests {
    /// A valid document of `bytes` bytes (one long description), served at `/openapi.json`.
    static func serving(bytes: Int) throws -> (server: FaultServer, url: URL) {
        let head = #"{"openapi": "3.0.3", "paths": {"/me": {"get": {"operationId": "getMe", "description": ""#
        let tail = #""}}}}"#
        let body = head + String(repeating: "a", count: bytes - head.utf8.count - tail.utf8.count) + tail
        let server = try FaultServer { _, _ in .respond(status: 200, body: body) }
        return (server, URL(string: "http://127.0.0.1:\(server.port)/openapi.json")!)
    }

    @Test func aDocumentLargerThan8MiBIsRefusedWithItsSize() async throws {
        let (server, url) = try Self.serving(bytes: 9 << 20)
        defer { server.stop() }
        await #expect(throws: BackendError.unsupported("it is 9.0 MiB; orgtui reads at most 8 MiB")) {
            try await PlatformDocument.fetch(url)
        }
    }

    @Test func aDocumentOf8MiBIsRead() async throws {
        let (server, url) = try Self.serving(bytes: 8 << 20)
        defer { server.stop() }
        let data = try await PlatformDocument.fetch(url)
        #expect(data.count == 8 << 20)
        #expect(OperationMap(documentData: data)?.mapped["getMe"] == PlatformOperation(method: "GET", path: "/me"))
    }

    @Test func aSpecIsAURLInHTTPSOrInPlainHTTPToThisMachineElseAFile() throws {
        for spec in ["https://platform.example/openapi.json", "http://127.0.0.1:8080/openapi.json", "http://[::1]/x"] {
            #expect(try PlatformDocument.url(spec: spec)?.absoluteString == spec)
        }
        for spec in ["openapi.json", "/etc/openapi.json", "./http:/x"] {
            #expect(try PlatformDocument.url(spec: spec) == nil)
        }
        for spec in ["http://platform.example/openapi.json", "http://127.0.0.1.example/x", "HTTP://10.0.0.1/x"] {
            #expect(throws: CredentialError.self) { try PlatformDocument.url(spec: spec) }
        }
    }
}
