import HTTPTypes
import Hummingbird

/// Gives every request an id, `X-Request-ID`: the client's own when it is 1 to 64 printable ASCII characters
/// without spaces, else a new one. It is echoed on every answer, errors included, and is the context's
/// `id`, which the request's log lines carry, and its facts' `requestID`, which its request log line carries.
struct RequestIDMiddleware: RouterMiddleware {
    static let header = HTTPField.Name("X-Request-ID")!

    func handle(
        _ request: Request, context: APIRequestContext,
        next: (Request, APIRequestContext) async throws -> Response
    ) async throws -> Response {
        let id = request.headers[Self.header].flatMap(Self.accepted) ?? Self.newID()
        var context = context
        context.logger[metadataKey: "hb.request.id"] = .string(id)
        context.facts.requestID = id
        var response = try await next(request, context)
        response.headers[Self.header] = id
        return response
    }

    /// `value` when it may stand as an id, else nil.
    static func accepted(_ value: String) -> String? {
        (1...64).contains(value.utf8.count) && value.utf8.allSatisfy({ (0x21...0x7E).contains($0) }) ? value : nil
    }

    /// A new id: 32 random hexadecimal digits.
    static func newID() -> String {
        // Each call of the system's generator is a system call: two give the 128 bits, four for each digit.
        var generator = SystemRandomNumberGenerator()
        let bits = [generator.next(), generator.next()]
        let digits = Array("0123456789abcdef".utf8)
        return String(
            decoding: (0..<32).map { digits[Int(bits[$0 / 16] >> (4 * UInt64($0 % 16)) & 15)] }, as: UTF8.self)
    }
}
