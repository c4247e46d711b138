import OrgModel

/// The form that creates a store on the first run: the organization's name and short name, and your
/// own name and email (you become its admin).
struct FirstRunForm: Hashable, Sendable {
    /// The fields in Tab order.
    enum Field: Int, CaseIterable, Hashable, Sendable {
        case organization, shortName, name, email

        var label: String {
            switch self {
            case .organization: "Org name"
            case .shortName: "Short name"
            case .name: "Your name"
            case .email: "Your email"
            }
        }
    }

    /// What the form asks of its caller after a key.
    enum Outcome: Hashable, Sendable {
        case create
        case cancel
    }

    /// Where the store will be created.
    let path: String
    private(set) var values: [Field: String] = [:]
    private(set) var focus: Field = .organization
    /// Why the last attempt failed (from the store), or nil.
    var error: String?
    /// Whether Enter was pressed, so problems of still-empty fields show too.
    private(set) var submitted = false

    init(path: String) { self.path = path }

    /// The text of `field`.
    func value(_ field: Field) -> String { values[field] ?? "" }

    /// Why `field`'s value would be refused, or nil (empty fields only after a submit).
    func problem(_ field: Field) -> String? {
        let text = value(field)
        if text.isEmpty, !submitted { return nil }
        switch field {
        case .organization, .shortName, .name: return Validation.nameProblem(text)
        case .email: return Validation.emailProblem(text)
        }
    }

    /// Applies a key's meaning; returns what the caller must do, if anything.
    mutating func apply(_ action: KeyAction) -> Outcome? {
        switch action {
        case .typed(let character):
            error = nil
            values[focus, default: ""].append(character)
        case .command(.backspace):
            if !value(focus).isEmpty { values[focus]?.removeLast() }
        case .command(.nextField), .command(.down):
            focus = Field(rawValue: (focus.rawValue + 1) % Field.allCases.count)!
        case .command(.previousField), .command(.up):
            focus = Field(rawValue: (focus.rawValue + Field.allCases.count - 1) % Field.allCases.count)!
        case .command(.submit):
            submitted = true
            if let invalid = Field.allCases.first(where: { problem($0) != nil }) {
                focus = invalid
                return nil
            }
            return .create
        case .command(.back), .command(.quit), .command(.quitNow):
            return .cancel
        default:
            break
        }
        return nil
    }
}
