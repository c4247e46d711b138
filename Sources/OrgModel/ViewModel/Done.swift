/// The success of an operation that answers nothing (204 or 201), so that its `Result` stays Hashable.
public struct Done: Hashable, Sendable {
    public init() {}
}
