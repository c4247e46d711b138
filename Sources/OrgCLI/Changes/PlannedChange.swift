import Foundation

/// What `--dry-run` prints for one user: the user, the change in short, and the request it would send
/// (method, path and JSON body; all empty when there is nothing to send).
struct PlannedChange: OutputRow {
    static let columns = ["id", "name", "email", "change", "method", "path", "body"]

    /// The row's JSON: the body as a JSON value (null when none), not as text.
    struct Wire: Encodable {
        let planned: PlannedChange

        enum CodingKeys: String, CodingKey { case id, name, email, change, method, path, body }

        func encode(to encoder: any Encoder) throws {
            var container = encoder.container(keyedBy: CodingKeys.self)
            let change = planned.change
            try container.encode(change.user.id, forKey: .id)
            try container.encode(change.user.name, forKey: .name)
            try container.encode(change.user.email, forKey: .email)
            try container.encode(change.summary, forKey: .change)
            try container.encode(change.request?.method, forKey: .method)
            try container.encode(change.request?.path, forKey: .path)
            if let body = change.request?.body {
                try container.encode(body, forKey: .body)
            } else {
                try container.encodeNil(forKey: .body)
            }
        }
    }

    let change: UserChange

    var cells: [String] {
        let request = change.request
        return [
            change.user.id, change.user.name, change.user.email, change.summary, request?.method ?? "",
            request?.path ?? "", bodyText,
        ]
    }

    var wire: Wire { Wire(planned: self) }

    /// The body as one line of JSON, keys sorted; empty when there is none.
    private var bodyText: String {
        guard let body = change.request?.body else { return "" }
        let encoder = JSONEncoder()
        encoder.outputFormatting = [.sortedKeys, .withoutEscapingSlashes]
        return (try? encoder.encode(body)).map { String(decoding: $0, as: UTF8.self) } ?? ""
    }
}
