extension ScreenOutcome {
    /// Copies `user`'s email only when it is printable ASCII without spaces (all a valid email holds), so
    /// what lands on the clipboard is exactly what the screen shows. Anything else is refused with the
    /// reason rather than copied escaped: a pasted newline runs a shell command, a bidi override hides
    /// what is pasted, and an escaped copy would be a different address anyway.
    static func copyingEmail(of user: User) -> [ScreenOutcome] {
        let scalars = user.email.unicodeScalars
        if scalars.contains(where: { $0.value < 0x20 || (0x7F...0x9F).contains($0.value) }) {
            return [.status(.error("Not copied: the email contains control characters."))]
        }
        if scalars.contains(where: { $0.value <= 0x20 || $0.value >= 0x7F }) {
            return [.status(.error("Not copied: the email contains spaces or characters outside ASCII."))]
        }
        return [.status(.info("Copied \(user.email).")), .perform([.copyToClipboard(user.email)])]
    }
}
