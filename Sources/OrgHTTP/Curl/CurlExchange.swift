import CCurl
import Foundation
import HTTPTypes

/// One request through libcurl (`ccurl_perform`), run on a thread of its own because libcurl blocks.
/// Cancelling the awaiting task answers at once with `CancellationError`; the transfer stops at
/// libcurl's next progress check.
struct CurlExchange: Sendable {
    var url: String
    /// Whether the exchange must bypass any proxy (its host is a loopback address).
    var direct: Bool
    var method: String
    var headers: [String]
    var body: [UInt8]?
    var connectTimeout: Double
    var transferTimeout: Double
    /// The certificate authorities' file to trust instead of the system's, if any.
    var caFile: String?

    /// A complete answer, of any status.
    struct Answer: Sendable {
        var status: Int
        var headers: HTTPFields
        var body: [UInt8]
    }

    func perform() async throws -> Answer {
        let flag = CancelFlag()
        let once = ResumeOnce<Answer>()
        return try await withTaskCancellationHandler {
            try await withCheckedThrowingContinuation { continuation in
                once.set(continuation)
                let thread = Thread { [self] in once.resume(with: Result { try run(flag: flag) }) }
                thread.name = "orgtui.http"
                thread.start()
            }
        } onCancel: {
            flag.cancel()
            once.resume(with: .failure(CancellationError()))
        }
    }

    /// Performs the exchange on the calling thread.
    private func run(flag: CancelFlag) throws -> Answer {
        var cHeaders = headers.map { strdup($0) }
        defer { cHeaders.forEach { free($0) } }
        var response = ccurl_response()
        let cCAFile = caFile.flatMap { strdup($0) }
        defer { free(cCAFile) }
        let failure: ccurl_failure = url.withCString { cURL in
            method.withCString { cMethod in
                cHeaders.withUnsafeMutableBufferPointer { lines in
                    lines.withMemoryRebound(to: UnsafePointer<CChar>?.self) { lines in
                        withBody { bodyPointer, bodyLength in
                            var request = ccurl_request(
                                url: cURL, method: cMethod, headers: lines.baseAddress, header_count: lines.count,
                                body: bodyPointer, body_length: bodyLength,
                                max_body_length: CurlTransport.maxResponseBytes,
                                connect_timeout_ms: Int(connectTimeout * 1_000),
                                timeout_ms: Int(transferTimeout * 1_000),
                                cancelled: flag.pointer, direct: direct ? 1 : 0,
                                ca_file: cCAFile.map { UnsafePointer($0) })
                            return ccurl_perform(&request, &response)
                        }
                    }
                }
            }
        }
        defer { ccurl_response_free(&response) }
        guard failure == CCURL_OK else {
            let message = withUnsafeBytes(of: response.message) {
                String(decoding: $0.prefix { $0 != 0 }, as: UTF8.self)
            }
            throw CurlFailure(kind: CurlFailure.Kind(failure), message: message)
        }
        let headerText = response.headers.map { String(cString: $0) } ?? ""
        let body = response.body.map { [UInt8](UnsafeBufferPointer(start: $0, count: response.body_length)) } ?? []
        return Answer(status: response.status, headers: Self.fields(headerText), body: body)
    }

    private func withBody<T>(_ work: (UnsafePointer<UInt8>?, Int) -> T) -> T {
        guard let body else { return work(nil, 0) }
        return body.withUnsafeBufferPointer { buffer in
            // An empty body still needs a non-NULL pointer, so that a POST without one says Content-Length: 0.
            buffer.baseAddress.map { work($0, buffer.count) }
                ?? [UInt8(0)].withUnsafeBufferPointer { work($0.baseAddress, 0) }
        }
    }

    /// The header fields of "Name: value" lines; a line that is not a valid field is skipped.
    static func fields(_ text: String) -> HTTPFields {
        var fields = HTTPFields()
        for line in text.split(whereSeparator: \.isNewline) {
            guard let colon = line.firstIndex(of: ":"),
                let name = HTTPField.Name(String(line[..<colon]).trimmingCharacters(in: .whitespaces))
            else { continue }
            fields.append(
                HTTPField(name: name, value: line[line.index(after: colon)...].trimmingCharacters(in: .whitespaces)))
        }
        return fields
    }
}
