extension JSONLogHandler {
    /// Writes `request` at info, byte for byte as `log(event:)` writes its message and metadata when the handler has
    /// no metadata of its own, without building either: the request log writes one line for every request.
    func log(_ request: RequestLine) {
        writeLine(level: .info) { line in
            line.append(raw: CollectionOfOne(0x22))
            line.append(escaped: request.method)
            line.append(raw: CollectionOfOne(0x20))
            line.append(escaped: request.path)
            line.append(raw: " \(request.status) \(request.milliseconds.oneDecimal) ms\"".utf8)
        } fields: { line in
            // In the order of their keys, as log(event:) sorts them.
            line.append(key: "duration_ms")
            line.append(number: request.durationMS)
            if let memberID = request.memberID {
                line.append(key: "member_id")
                line.append(string: memberID)
            }
            line.append(key: "method")
            line.append(string: request.method)
            line.append(key: "operation")
            line.append(string: request.operation)
            line.append(key: "path")
            line.append(string: request.path)
            if let requestID = request.requestID {
                line.append(key: "request_id")
                line.append(string: requestID)
            }
            line.append(key: "status")
            line.append(raw: request.status.description.utf8)
        }
    }
}
