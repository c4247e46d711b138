import OrgModel
import OrgText

extension Renderer {
    /// The columns of the invitations screen.
    private static let invitationTitles = ["Invited", "Email", "Name", "Roles", "Connection", "By"]
    /// The least each column after the email shrinks to; the email keeps up to `emailWidth`, the time its form.
    private static let invitationMinimumWidths = [6, 5, 6, 6]
    /// The most of the email kept when the row is too narrow for every column: the address is what tells a
    /// mistyped invitation.
    private static let emailWidth = 32

    /// The invitations screen: its title and position, the column titles and the visible pending invitations,
    /// oldest first, with the question over them while `d` asks; or, on a backend that keeps no invitations,
    /// the sentence that says so.
    func drawInvitations(_ list: InvitationList, _ state: AppState, _ layout: Layout, into grid: inout Grid) {
        grid.target(layout.body, .scroll)
        let position = list.unsupported == nil ? list.rows.position(bodyRows: state.bodyRows) : ""
        let area = layout.titleLine
        grid.put(position, x: area.x + area.width - position.displayWidth - 1, y: area.y, style: .title)
        drawTitle(
            "Pending invitations, oldest first",
            in: Rect(x: area.x, y: area.y, width: area.width - position.displayWidth - 2, height: 1), into: &grid)
        if let unsupported = list.unsupported {
            for (offset, line) in unsupported.wrapped(toWidth: layout.body.width - 2).prefix(layout.body.height)
                .enumerated()
            {
                grid.put(line, x: layout.body.x + 1, y: layout.body.y + offset, limit: layout.body.width - 1)
            }
            return
        }
        let total = layout.body.width - 1 - Self.invitationTitles.count
        let timeWidth = total >= 100 ? 17 : 12
        let range = list.rows.visibleRange(bodyRows: state.bodyRows)
        let cells = range.map { index -> [String] in
            guard let pending = list.rows.item(at: index) else { return ["loading…", "", "", "", "", ""] }
            let invitation = pending.invitation
            return [
                Self.timeText(pending.invitedAt.cliText, width: timeWidth), invitation.email, invitation.name,
                invitation.roles.label, invitation.connection.rawValue, invitedBy(pending.invitedBy, state),
            ].map(Sanitizer.clean)
        }
        let natural = Self.invitationTitles.indices.map { column in
            max(Self.invitationTitles[column].count, cells.map { $0[column].displayWidth }.max() ?? 0)
        }
        let others = Self.invitationMinimumWidths
        let email = max(6, min(natural[1], Self.emailWidth, total - timeWidth - others.reduce(0, +)))
        let minimum = [timeWidth, email] + others
        let widths = ColumnFit.widths(natural: [timeWidth] + natural.dropFirst(), minimum: minimum, total: total)
        drawTableRow(Self.invitationTitles, widths: widths, in: layout.columnTitles, style: .title, into: &grid)
        for (offset, (index, text)) in zip(range, cells).enumerated() {
            let line = Rect(x: layout.body.x, y: layout.body.y + offset, width: layout.body.width, height: 1)
            let style: Style =
                index == list.rows.cursor ? .selected : list.rows.item(at: index) == nil ? .dim : .normal
            drawTableRow(text, widths: widths, in: line, style: style, into: &grid)
        }
        if list.rows.count == 0 {
            grid.put(
                "No invitation is pending.", x: layout.body.x + 1, y: layout.body.y, limit: layout.body.width - 1,
                style: .dim)
        }
        if let question = list.questionText {
            drawQuestion(question, detail: nil, yesSelected: list.yesSelected, layout, into: &grid)
        }
    }

    /// The name of the admin who sent an invitation, when the state knows it, else their id.
    private func invitedBy(_ id: String, _ state: AppState) -> String {
        state.me?.id == id ? state.me?.name ?? id : state.users.name(ofUserID: id)
    }
}
