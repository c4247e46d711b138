/// A request body larger than the server takes (contract.md: 64 KiB), answered 413.
struct RequestBodyTooLarge: Error {
    /// The most bytes a body may hold.
    var limit: Int

    /// The answer's detail.
    var detail: String { "The request body is larger than \(limit) bytes; send at most \(limit / 1024) KiB." }
}
