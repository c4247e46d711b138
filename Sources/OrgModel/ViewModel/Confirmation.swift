/// A yes/no question that names what will happen. The answer starts at No; `y` confirms at once.
public struct Confirmation: Hashable, Sendable {
    public internal(set) var action: ConfirmedAction
    /// The question, naming the user or the count, such as "Delete Ann Lee <ann@acme.test>?".
    public internal(set) var question: String
    /// More to know before answering, or nil.
    public internal(set) var detail: String?
    /// The highlighted answer: false (No) until the admin moves to Yes.
    public internal(set) var yesSelected = false

    init(_ action: ConfirmedAction, question: String, detail: String? = nil) {
        self.action = action
        self.question = question
        self.detail = detail
    }
}
