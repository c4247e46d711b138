/// The fields of the profile editor, in Tab order.
public enum ProfileField: Int, CaseIterable, Hashable, Sendable {
    case name, email
}
