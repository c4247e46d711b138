import Foundation
import HTTPTypes

/// The generated code writes and reads every header's value as a URI component (a quoted ETag as
/// `%22roles%3Aadmin%22`), but `ETag` and `If-Match` carry entity tags as HTTP writes them. Client and
/// server turn one form into the other at their edge, so the wire has HTTP's and the generated code its own.
public enum EntityTagHeaders {
    private static let names: [HTTPField.Name] = [.eTag, .ifMatch]

    /// `fields` with the entity tags as HTTP writes them, from the generated code's form.
    public static func wire(_ fields: HTTPFields) -> HTTPFields {
        transformed(fields) { $0.removingPercentEncoding ?? $0 }
    }

    /// `fields` with the entity tags in the generated code's form, from HTTP's.
    public static func generated(_ fields: HTTPFields) -> HTTPFields {
        transformed(fields) { $0.addingPercentEncoding(withAllowedCharacters: .alphanumerics) ?? $0 }
    }

    private static func transformed(_ fields: HTTPFields, _ transform: (String) -> String) -> HTTPFields {
        var fields = fields
        for name in names {
            if let value = fields[name] { fields[name] = transform(value) }
        }
        return fields
    }
}
