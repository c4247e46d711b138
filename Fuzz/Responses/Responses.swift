// The libFuzzer target `fuzz-responses`: every response body the HTTP backend reads, through the real
// HTTPBackend (middlewares, generated client, decoding, error bodies) over a fake transport.
//
// The input's first bytes choose the answer's status, Content-Type and Retry-After; the rest is its body.
// All nine operations get that answer, and each must end in a value or a BackendError whose message holds
// no control character. Built and run by `Fuzz/run.sh responses SECONDS` (see the Makefile's `fuzz`).
import Foundation
import FuzzDriver
import HTTPTypes
import OpenAPIRuntime
import OrgHTTP
import OrgModel

/// One fuzz input, read as an HTTP answer.
struct FuzzAnswer: Sendable {
    static let statuses = [
        200, 201, 204, 200, 301, 400, 401, 403, 404, 409, 412, 413, 422, 429, 500, 502, 503, 504, 299, 999,
    ]
    static let contentTypes: [String?] = [
        "application/json", "application/json; charset=utf-8", "application/problem+json", "text/html", nil,
    ]

    var status: Int
    var contentType: String?
    var retryAfter: String?
    var body: [UInt8]

    init(_ bytes: UnsafeBufferPointer<UInt8>) {
        let header = Array(bytes.prefix(3)) + [0, 0, 0]
        status = Self.statuses[Int(header[0]) % Self.statuses.count]
        contentType = Self.contentTypes[Int(header[1]) % Self.contentTypes.count]
        let retryLength = min(Int(header[2] % 32), max(bytes.count - 3, 0))
        let rest = bytes.dropFirst(3)
        retryAfter = retryLength == 0 ? nil : String(decoding: rest.prefix(retryLength), as: UTF8.self)
        body = Array(rest.dropFirst(retryLength))
    }
}

/// Answers every request with the same `FuzzAnswer`, without a network.
struct FuzzTransport: ClientTransport {
    var answer: FuzzAnswer

    func send(_ request: HTTPRequest, body: HTTPBody?, baseURL: URL, operationID: String) async throws -> (
        HTTPResponse, HTTPBody?
    ) {
        var fields = HTTPFields()
        if let contentType = answer.contentType { fields[.contentType] = contentType }
        if let retryAfter = answer.retryAfter { fields[.retryAfter] = retryAfter }
        return (
            HTTPResponse(status: .init(code: answer.status), headerFields: fields),
            answer.body.isEmpty ? nil : HTTPBody(answer.body)
        )
    }
}

/// Runs every operation against one answer; a trap or a bad message ends the run with a crash.
func exercise(_ answer: FuzzAnswer) async {
    let backend = HTTPBackend(
        baseURL: URL(string: "http://127.0.0.1:1/api")!,
        credential: Credential(token: "robot@acme.test:mpat_fuzz0123456789")!,
        configuration: HTTPConfiguration(retry: RetryPolicy(maxAttempts: 1)), transport: FuzzTransport(answer: answer)
    )
    let operations: [@Sendable () async throws -> Void] = [
        { _ = try await backend.getOrganization() },
        { _ = try await backend.getMe() },
        { _ = try await backend.updateMe(UserUpdate(name: "Ada")) },
        { _ = try await backend.listUsers(UserQuery(pageNumber: 1, pageSize: 100, nameSearch: nil)) },
        { _ = try await backend.listAudit(AuditQuery(pageNumber: 1, pageSize: 100, userID: "u1")) },
        { _ = try await backend.getUser(id: "u1") },
        { try await backend.deleteUser(id: "u1") },
        { try await backend.resetPassword(id: "u1") },
        { try await backend.setRoles(id: "u1", roles: [.admin]) },
        { try await backend.setRoles(id: "u1", roles: [.admin], basedOn: [.admin]) },
        {
            try await backend.inviteUser(
                Invitation(email: "ada@acme.test", name: "Ada", roles: [.analyst], connection: .usernamePassword))
        },
    ]
    for operation in operations {
        do {
            try await operation()
        } catch {
            guard let error = error as? BackendError else { fatalError("not a BackendError: \(error)") }
            let bad = error.message.unicodeScalars.first { $0.value < 0x20 || (0x7f...0x9f).contains($0.value) }
            if let bad {
                fatalError("control character U+\(String(bad.value, radix: 16)) in: \(error.message.debugDescription)")
            }
        }
    }
}

/// Waits for an async job from libFuzzer's synchronous callback.
final class Completion: @unchecked Sendable {
    let semaphore = DispatchSemaphore(value: 0)
}

@_cdecl("LLVMFuzzerTestOneInput")
public func fuzzResponses(_ data: UnsafePointer<UInt8>?, _ size: Int) -> CInt {
    let answer = FuzzAnswer(UnsafeBufferPointer(start: data, count: size))
    let completion = Completion()
    Task {
        await exercise(answer)
        completion.semaphore.signal()
    }
    completion.semaphore.wait()
    return 0
}

@main
enum FuzzMain {
    static func main() {
        FuzzDriver.run(fuzzResponses)
    }
}
