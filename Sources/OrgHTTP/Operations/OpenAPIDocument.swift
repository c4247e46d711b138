import Foundation

/// What `DocumentOperation.all(inDocument:)` reads of an OpenAPI 3 document in JSON: its version, its paths'
/// operations and parameters, and the shared parameters that those refer to. Anything else is passed over,
/// and so is a part of another type than the specification's (a path item that is not an object, a summary
/// that is not a string). Decoded with `JSONDecoder`, which holds a 100,000-path document in a tenth of the
/// memory `JSONSerialization` takes.
struct OpenAPIDocument: Decodable {
    var openapi: String
    var paths: [String: Lenient<PathItem>]
    var components: Lenient<Components>?

    struct Components: Decodable {
        var parameters: [String: Lenient<Parameter>]?
    }

    /// A path's operations, in `methods`' order, and the parameters they share.
    struct PathItem: Decodable {
        var operations: [(method: String, operation: Operation)] = []
        var parameters: [Parameter]

        static let methods = ["get", "put", "post", "delete", "patch", "head", "options", "trace"]

        init(from decoder: any Decoder) throws {
            let container = try decoder.container(keyedBy: Key.self)
            parameters = container.lenient([Lenient<Parameter>].self, "parameters")?.compactMap(\.value) ?? []
            for method in Self.methods {
                if let operation = container.lenient(Lenient<Operation>.self, method)?.value {
                    operations.append((method, operation))
                }
            }
        }
    }

    struct Operation: Decodable {
        var operationID: String?
        var summary: String?
        var description: String?
        var parameters: [Parameter]

        init(from decoder: any Decoder) throws {
            let container = try decoder.container(keyedBy: Key.self)
            operationID = container.lenient(String.self, "operationId")
            summary = container.lenient(String.self, "summary")
            description = container.lenient(String.self, "description")
            parameters = container.lenient([Lenient<Parameter>].self, "parameters")?.compactMap(\.value) ?? []
        }
    }

    /// A parameter, or a reference (`$ref`) to one.
    struct Parameter: Decodable {
        var name: String?
        var location: String?
        var reference: String?

        init(from decoder: any Decoder) throws {
            let container = try decoder.container(keyedBy: Key.self)
            name = container.lenient(String.self, "name")
            location = container.lenient(String.self, "in")
            reference = container.lenient(String.self, "$ref")
        }
    }

    /// Any key of a JSON object.
    struct Key: CodingKey {
        var stringValue: String
        var intValue: Int? { nil }
        init(stringValue: String) { self.stringValue = stringValue }
        init?(intValue: Int) { nil }
    }

    /// A value that is nil where the document has something else than a `T`.
    struct Lenient<T: Decodable>: Decodable {
        var value: T?

        init(from decoder: any Decoder) throws {
            value = try? T(from: decoder)
        }
    }
}

extension KeyedDecodingContainer where Key == OpenAPIDocument.Key {
    /// The value under `key`; nil when there is none, or it is not a `T`.
    fileprivate func lenient<T: Decodable>(_ type: T.Type, _ key: String) -> T? {
        let key = Key(stringValue: key)
        return contains(key) ? try? decode(type, forKey: key) : nil
    }
}
