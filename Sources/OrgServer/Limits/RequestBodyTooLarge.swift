import Hummingbird

/// A request body larger than the server takes (contract.md: 64 KiB), answered 413.
struct RequestBodyTooLarge: Error {
    /// The most bytes a body may hold.
    var limit: Int

    /// The 413 answer, which says that the connection closes after it (the rest of the body is not read).
    var response: Response {
        ErrorResponse.make(
            .contentTooLarge,
            detail: "The request body is larger than \(limit) bytes; send at most \(limit / 1024) KiB.",
            headers: [.connection: "close"])
    }
}
