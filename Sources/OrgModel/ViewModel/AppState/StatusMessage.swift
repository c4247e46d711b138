/// The one-line message under the body: what just happened, or what went wrong and what to do.
public struct StatusMessage: Hashable, Sendable {
    /// How the renderer colors it.
    public enum Kind: Hashable, Sendable { case info, success, error }

    public var kind: Kind
    public var text: String

    public init(_ kind: Kind, _ text: String) {
        self.kind = kind
        self.text = text
    }
}
