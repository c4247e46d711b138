/// The figures of one run of `orgtui` in an 80x24 pseudo-terminal: exec to the first full frame, then the
/// bytes it writes for one cursor move and for one page change.
struct TerminalRun {
    /// Seconds from exec to the first full frame.
    var firstFrameSeconds: Double
    /// Bytes written from exec to the first full frame.
    var firstFrameBytes: Int
    /// Bytes written for one cursor move (`j`) on the idle screen, and how many of them are text.
    var moveBytes: Int, moveTextBytes: Int
    /// Bytes written for the first PgDn, which moves the cursor a page down from the second row and so
    /// scrolls the view by only a row or two.
    var firstPageDownBytes: Int
    /// Bytes written for the second PgDn, after which every row on the screen is new: a page change.
    var pageBytes: Int
    /// Whether the cursor move or the page change cleared the screen (a full redraw).
    var clears: (move: Bool, page: Bool)

    /// The keys PgDn sends in xterm.
    static let pageDown = "\u{1B}[6~"

    /// Starts `orgtui` on `store` and measures; `firstPage` is the first page's emails in order. Returns
    /// the figures and the child, still running (its screen idle since the last response was read).
    static func measure(
        _ probe: TerminalProbe, orgtui: String, store: String,
        firstPage: [String]
    ) throws -> (run: TerminalRun, child: PtyChild) {
        let (child, seconds) = try probe.firstFrame(orgtui, ["--store", store]) {
            showsFirstPage($0, emails: firstPage)
        }
        let frameBytes = child.output.count
        let move = try probe.response(of: child, to: "j")
        let firstPageDown = try probe.response(of: child, to: pageDown)
        let page = try probe.response(of: child, to: pageDown)
        let run = TerminalRun(
            firstFrameSeconds: seconds, firstFrameBytes: frameBytes, moveBytes: move.count,
            moveTextBytes: TerminalText.printedByteCount(move),
            firstPageDownBytes: firstPageDown.count, pageBytes: page.count,
            clears: (TerminalText.clearsScreen(move), TerminalText.clearsScreen(firstPageDown + page)))
        return (run, child)
    }

    /// Whether the screen shows the first page: the position reads `1-K of N`, and then the emails of
    /// rows 1 to K (their first characters, as a narrow column cuts them) have been printed in order.
    static func showsFirstPage(_ text: TerminalText, emails: [String]) -> Bool {
        let printed = text.string
        guard let match = printed.firstMatch(of: #/\D1-(\d+)of\d[\d,]*/#),
            let last = Int(match.1), (1...emails.count).contains(last)
        else { return false }
        var rest = printed[match.range.upperBound...]
        for email in emails.prefix(last) {
            guard let found = rest.firstRange(of: email.prefix(markerLength)) else { return false }
            rest = rest[found.upperBound...]
        }
        return true
    }

    /// How many of an email's characters make it a marker: few enough to fit the narrowest email column.
    private static let markerLength = 6
}
