/// Names one request that `reduce` asked the runner for, so that its reply can be matched to it and a
/// reply to a superseded request dropped. `AppState` hands them out in increasing order.
public struct RequestID: Hashable, Comparable, Sendable, ExpressibleByIntegerLiteral, CustomStringConvertible {
    public var value: Int

    public init(_ value: Int) { self.value = value }
    public init(integerLiteral value: Int) { self.value = value }

    public static func < (lhs: RequestID, rhs: RequestID) -> Bool { lhs.value < rhs.value }

    public var description: String { "#\(value)" }
}
