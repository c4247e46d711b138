/// Names one request that `reduce` asked the runner for, so that its reply can be matched to it and a
/// reply to a superseded request dropped. `AppState` hands them out in increasing order.
public struct RequestID: Hashable, Comparable, Sendable, ExpressibleByIntegerLiteral, CustomStringConvertible {
    public var value: Int

    public init(_ value: Int) { self.value = value }
    public init(integerLiteral value: Int) { self.value = value }

    public static func < (lhs: RequestID, rhs: RequestID) -> Bool { lhs.value < rhs.value }

    public var description: String { "#\(value)" }
}

extension RequestID {
    /// The id `next` names, counting `next` on: how the state and its screens hand out ids.
    static func take(_ next: inout Int) -> RequestID {
        defer { next += 1 }
        return RequestID(next)
    }
}
