/// The semantic role of a cell; the `Theme` decides how each role looks on the terminal.
enum Style: Hashable, Sendable, CaseIterable {
    case normal
    case header
    case title
    case selected
    case marked
    case selectedMarked
    case error
    case success
    case hintKey
    case hint
    case dim
    case badge
    case field
    case activeField
    /// A row that another admin's change just updated, and the notice that a shown user changed.
    case changed
}
