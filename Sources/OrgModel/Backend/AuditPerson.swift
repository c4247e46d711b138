/// Someone an audit entry names, who made the change or whom it is about: the id, and the name and email
/// the log recorded for them when the change was made (nil where nothing is known, as in an entry written
/// before the log recorded them, about someone since deleted). Every string came from a backend: untrusted
/// until sanitized.
public struct AuditPerson: Hashable, Sendable {
    /// The user id (or, for an invitation, the email).
    public var id: String
    public var name: String?
    public var email: String?

    public init(id: String, name: String? = nil, email: String? = nil) {
        self.id = id
        self.name = name
        self.email = email
    }

    /// The person as a reader knows them, never blank: `Ann Lee <ann@acme.test>`, the name or the email alone
    /// when only it is known, else the id (`-` when the entry is about nobody, as an import).
    public var label: String {
        switch (name.flatMap(Self.nonEmpty), email.flatMap(Self.nonEmpty)) {
        case (let name?, let email?): "\(name) <\(email)>"
        case (let name?, nil): name
        case (nil, let email?): email
        case (nil, nil): id.isEmpty ? "-" : id
        }
    }

    /// The person in few words, never blank: the name, else the email, else the id (`-` for nobody).
    public var shortLabel: String {
        name.flatMap(Self.nonEmpty) ?? email.flatMap(Self.nonEmpty) ?? (id.isEmpty ? "-" : id)
    }

    /// The label and the id after it, unless the label says it already (an invitee's email):
    /// `Ann Lee <ann@acme.test> (auth0|1)`.
    public var fullLabel: String {
        let label = label
        return id.isEmpty || label == id || email == id ? label : "\(label) (\(id))"
    }

    private static func nonEmpty(_ text: String) -> String? { text.isEmpty ? nil : text }
}
