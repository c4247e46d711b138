/// Why the StoreWriter stopped: it prints this on stderr and exits with status 1.
struct WriterFailure: Error {
    let message: String

    init(_ message: String) {
        self.message = message
    }
}
