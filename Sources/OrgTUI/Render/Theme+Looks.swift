extension Theme {
    /// For dark backgrounds (the default): the terminal's own colors, cyan bars, yellow marks.
    static let dark = Theme(
        usesColor: true,
        looks: [
            .normal: Look(),
            .header: Look(foreground: .black, background: .cyan),
            .title: Look(bold: true),
            .selected: Look(reverse: true),
            .marked: Look(foreground: .yellow, bold: true),
            .selectedMarked: Look(foreground: .yellow, bold: true, reverse: true),
            .error: Look(foreground: .red, bold: true),
            .success: Look(foreground: .green),
            .hintKey: Look(foreground: .black, background: .cyan, bold: true),
            .hint: Look(),
            .dim: Look(dim: true),
            .badge: Look(foreground: .white, background: .red, bold: true),
            .field: Look(underline: true),
            .activeField: Look(reverse: true, underline: true),
            .changed: Look(foreground: .cyan, bold: true, underline: true),
        ])

    /// For light backgrounds: only colors that keep a contrast of 4.5:1 or more on white (blue, red, magenta),
    /// also as the bright colors xterm shows bold text in, and no dim text, which turns light grey there.
    static let light = Theme(
        usesColor: true,
        looks: [
            .normal: Look(),
            .header: Look(foreground: .white, background: .blue),
            .title: Look(bold: true),
            .selected: Look(reverse: true),
            .marked: Look(foreground: .magenta, underline: true),
            .selectedMarked: Look(foreground: .magenta, reverse: true, underline: true),
            .error: Look(foreground: .red, underline: true),
            .success: Look(foreground: .blue),
            .hintKey: Look(foreground: .white, background: .blue, bold: true),
            .hint: Look(),
            .dim: Look(foreground: .blue),
            .badge: Look(foreground: .white, background: .red, bold: true),
            .field: Look(underline: true),
            .activeField: Look(reverse: true, underline: true),
            .changed: Look(foreground: .blue, bold: true, underline: true),
        ])

    /// White, yellow, green and cyan on black, set for every cell so the terminal's own colors never count:
    /// each pair has a contrast of 7:1 or more in xterm's palette (bold text also in the bright colors xterm
    /// shows it in, so black text is never bold), and nothing is dim.
    static let highContrast = Theme(
        usesColor: true,
        looks: [
            .normal: Look(foreground: .white, background: .black),
            .header: Look(foreground: .black, background: .white),
            .title: Look(foreground: .white, background: .black, bold: true),
            .selected: Look(foreground: .white, background: .black, reverse: true),
            .marked: Look(foreground: .yellow, background: .black, bold: true),
            .selectedMarked: Look(foreground: .yellow, background: .black, reverse: true, underline: true),
            .error: Look(foreground: .yellow, background: .black, bold: true),
            .success: Look(foreground: .green, background: .black),
            .hintKey: Look(foreground: .black, background: .cyan),
            .hint: Look(foreground: .white, background: .black),
            .dim: Look(foreground: .cyan, background: .black),
            .badge: Look(foreground: .black, background: .yellow),
            .field: Look(foreground: .white, background: .black, underline: true),
            .activeField: Look(foreground: .white, background: .black, reverse: true, underline: true),
            .changed: Look(foreground: .cyan, background: .black, bold: true, underline: true),
        ])

    /// The attributes-only theme.
    static let monochrome = Theme(
        usesColor: false,
        looks: [
            .normal: Look(),
            .header: Look(reverse: true),
            .title: Look(bold: true),
            .selected: Look(reverse: true),
            .marked: Look(bold: true),
            .selectedMarked: Look(bold: true, reverse: true),
            .error: Look(bold: true),
            .success: Look(),
            .hintKey: Look(reverse: true),
            .hint: Look(),
            .dim: Look(dim: true),
            .badge: Look(bold: true, reverse: true),
            .field: Look(underline: true),
            .activeField: Look(reverse: true, underline: true),
            .changed: Look(bold: true, underline: true),
        ])
}
