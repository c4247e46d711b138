import Logging

/// What the request log says of one answered request: the message "GET /users/me 200 1.2 ms" and the fields
/// `duration_ms`, `member_id`, `method`, `operation`, `path`, `request_id` and `status`, as swift-log metadata
/// or written straight into a JSON line (`JSONLogHandler.log(_:)`).
struct RequestLine {
    let method: String
    /// The path, without the query.
    let path: String
    let operation: String
    let status: Int
    let milliseconds: Double
    let requestID: String?
    let memberID: String?

    /// "GET /users/me 200 1.2 ms".
    var message: String { "\(method) \(path) \(status) \(milliseconds.oneDecimal) ms" }

    /// The duration in milliseconds to a tenth.
    var durationMS: Double { (milliseconds * 10).rounded() / 10 }

    /// The fields as metadata, for any log handler.
    var metadata: Logger.Metadata {
        var metadata = Logger.Metadata(minimumCapacity: 7)
        metadata["method"] = .string(method)
        metadata["path"] = .string(path)
        metadata["operation"] = .string(operation)
        metadata["status"] = .stringConvertible(status)
        metadata["duration_ms"] = .stringConvertible(durationMS)
        metadata["request_id"] = requestID.map { .string($0) }
        metadata["member_id"] = memberID.map { .string($0) }
        return metadata
    }
}
