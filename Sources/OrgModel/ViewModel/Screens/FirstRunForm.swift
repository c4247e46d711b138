/// The form that creates a store on the first run: the organization's name and short name, and your
/// own name and email (you become its admin).
public struct FirstRunForm: Hashable, Sendable {
    /// The fields in Tab order.
    public enum Field: Int, CaseIterable, Hashable, Sendable {
        case organization, shortName, name, email

        public var label: String {
            switch self {
            case .organization: "Org name"
            case .shortName: "Short name"
            case .name: "Your name"
            case .email: "Your email"
            }
        }
    }

    /// What the form asks of the app after a key.
    enum Outcome: Hashable, Sendable {
        case create
        case cancel
    }

    /// Where the store will be created.
    public let path: String
    public private(set) var values: [Field: LineEditor] = [:]
    public internal(set) var focus: Field = .organization
    /// Why the last attempt failed (from the store), or nil.
    public internal(set) var error: String?
    /// Whether Enter was pressed, so problems of still-empty fields show too.
    public private(set) var submitted = false
    /// Whether the store is being created; the form takes no input meanwhile.
    public internal(set) var creating = false

    public init(path: String) { self.path = path }

    /// The text of `field`.
    public func value(_ field: Field) -> String { line(field).text }

    /// `field`'s text and cursor.
    public func line(_ field: Field) -> LineEditor { values[field] ?? "" }

    /// Why `field`'s value would be refused, in words that name the field, or nil (empty fields only after
    /// a submit). The short name follows the rule the stores and `orgtui init` apply.
    public func problem(_ field: Field) -> String? {
        let text = value(field)
        if text.isEmpty, !submitted { return nil }
        switch field {
        case .organization: return Validation.nameProblem(text, called: "Organization name")
        case .shortName: return Validation.shortNameProblem(text)
        case .name: return Validation.nameProblem(text, called: "Your name")
        case .email: return Validation.emailProblem(text)
        }
    }

    /// The store the form describes.
    var newStore: NewStore {
        NewStore(
            path: path, organizationName: value(.organization), shortName: value(.shortName),
            adminName: value(.name), adminEmail: value(.email))
    }

    /// Applies a key's meaning (a command, or typed text); returns what the app must do, if anything.
    /// Enter moves to the next field, and on the last one creates the store when every field is valid.
    mutating func apply(_ event: Event) -> Outcome? {
        switch event {
        case .typed(let text):
            error = nil
            values[focus, default: ""].insert(text)
        case .command(let command) where LineEditor.commands.contains(command):
            values[focus, default: ""].apply(command)
        case .command(.submit) where focus != Field.allCases.last:
            focus = Field(rawValue: focus.rawValue + 1)!
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
