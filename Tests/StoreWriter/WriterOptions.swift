import OrgModel

/// The StoreWriter's command line: a mode, then `--name value` pairs.
struct WriterOptions {
    let mode: String
    private let values: [String: String]

    init(_ arguments: [String]) throws(WriterFailure) {
        guard arguments.count >= 2, arguments.count % 2 == 0 else {
            throw WriterFailure(
                """
                usage: StoreWriter roles --store PATH --log PATH [--seed S]
                       StoreWriter mix --store PATH --log PATH --rounds N --worker K --workers W [--seed S]
                       StoreWriter demote --store PATH --log PATH --actor ID --target ID --rounds N
                """)
        }
        mode = arguments[1]
        var values: [String: String] = [:]
        for index in stride(from: 2, to: arguments.count, by: 2) {
            values[String(arguments[index].drop(while: { $0 == "-" }))] = arguments[index + 1]
        }
        self.values = values
    }

    /// The value of `--name`; a failure when it is missing.
    func string(_ name: String) throws(WriterFailure) -> String {
        guard let value = values[name] else { throw WriterFailure("missing --\(name)") }
        return value
    }

    /// The integer value of `--name`, or `defaultValue` when it is absent.
    func integer(_ name: String, default defaultValue: Int? = nil) throws(WriterFailure) -> Int {
        guard let text = values[name] ?? defaultValue.map(String.init) else { throw WriterFailure("missing --\(name)") }
        guard let value = Int(text) else { throw WriterFailure("--\(name) needs a number, not \(text)") }
        return value
    }
}
