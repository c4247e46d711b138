/// The fields of the invite form, in Tab order.
public enum InviteField: Int, CaseIterable, Hashable, Sendable {
    case email, name, roles, connection

    /// Whether typed text goes into this field.
    public var takesText: Bool { self == .email || self == .name }
}
