import OrgModel

/// One record of an import file that passed validation: the invitation it asks for, and the physical line
/// of the file where the record starts (quoted line breaks counted).
struct ImportRow: Hashable, Sendable {
    /// The line where the record starts, from 1 (the header's line included).
    let line: Int
    /// What the row asks to send.
    let invitation: Invitation
}
