extension ErrorMiddleware {
    /// A request that the generated server could not decode, described for a 422's `{loc, msg, type}`.
    struct RequestProblem {
        var location: [String]
        var message: String

        /// Reads the decoding error under `error`; `place` is `query` or `body`.
        init(_ error: any Error, place: String) {
            guard let decoding = error as? DecodingError else {
                self.init(location: [place], message: "The request does not match the API.")
                return
            }
            switch decoding {
            case .typeMismatch(let type, let context):
                self.init(
                    location: [place] + Self.path(context.codingPath), message: "Expected a value of type \(type).")
            case .valueNotFound(let type, let context):
                self.init(
                    location: [place] + Self.path(context.codingPath),
                    message: "A value of type \(type) is required, not null.")
            case .keyNotFound(let key, let context):
                self.init(location: [place] + Self.path(context.codingPath + [key]), message: "Field required.")
            case .dataCorrupted(let context):
                self.init(
                    location: [place] + Self.path(context.codingPath),
                    message: "Invalid value: \(context.debugDescription)")
            @unknown default:
                self.init(location: [place], message: "The request does not match the API.")
            }
        }

        private init(location: [String], message: String) {
            self.location = location
            self.message = message
        }

        private static func path(_ keys: [any CodingKey]) -> [String] {
            keys.map { $0.intValue.map(String.init) ?? $0.stringValue }
        }
    }
}
