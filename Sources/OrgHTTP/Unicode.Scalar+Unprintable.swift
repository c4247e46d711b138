extension Unicode.Scalar {
    /// Whether the scalar could move text to another line or out of sight: a control, format or
    /// line-separating character. Text from a server or a document never reaches a line with one.
    var isUnprintable: Bool {
        switch properties.generalCategory {
        case .control, .format, .lineSeparator, .paragraphSeparator: true
        default: false
        }
    }
}
