import CSV
import Foundation
import OrgModel

/// An import file read and validated: columns found by their header names (`email`, `name`, `roles`,
/// `connection`, in any order and case, others ignored), read by CSV.swift, which accepts a UTF-8 BOM, CRLF
/// and quoted fields with commas and line breaks. Each record is checked by the invite form's rules
/// (`Validation`) before anything is sent; the same email twice (in any case) is a problem naming both lines.
struct ImportFile: Sendable {
    /// The columns a file must have.
    static let requiredColumns = ["email", "name", "roles"]

    /// The valid rows, in the file's order.
    let rows: [ImportRow]
    /// Every problem found, in the file's order.
    let problems: [ImportProblem]

    /// A file that cannot be read as an import at all: not UTF-8, no header, a required column missing.
    struct Unreadable: Error, CustomStringConvertible {
        let description: String
    }

    /// Reads and checks `data`.
    init(_ data: Data) throws {
        let reader = try CSVReader(stream: InputStream(data: data))
        var line = 1
        var columns: [String: Int]?
        var rows: [ImportRow] = [], problems: [ImportProblem] = []
        var firstLineOfEmail: [String: Int] = [:]
        while let record = reader.next() {
            let start = line
            line += 1 + record.reduce(0) { $0 + $1.count(where: \.isNewline) }
            guard record != [""] else { continue }
            guard let columns else {
                columns = try Self.columns(of: record)
                continue
            }
            let cells = columns.mapValues { $0 < record.count ? record[$0].trimmingCharacters(in: .whitespaces) : "" }
            let checked = Self.check(cells, line: start)
            var found = checked.problems
            if let invitation = checked.invitation {
                let key = invitation.email.lowercased()
                if let first = firstLineOfEmail[key] {
                    found.append(
                        ImportProblem(
                            line: start, email: invitation.email, field: "email",
                            reason: "\(invitation.email) is also on line \(first)."))
                } else {
                    firstLineOfEmail[key] = start
                }
                if found.isEmpty { rows.append(ImportRow(line: start, invitation: invitation)) }
            }
            problems += found
        }
        if let error = reader.error {
            throw Unreadable(description: "The file is not UTF-8 text (\(error)).")
        }
        guard columns != nil else {
            throw Unreadable(description: "The file is empty: it needs a header row naming email, name and roles.")
        }
        self.rows = rows
        self.problems = problems
    }

    /// Each known column's index in the header row; a required one missing is an error that names it.
    private static func columns(of header: [String]) throws -> [String: Int] {
        var columns: [String: Int] = [:]
        for (index, name) in header.enumerated() {
            let name = name.trimmingCharacters(in: .whitespaces).lowercased()
            if columns[name] == nil { columns[name] = index }
        }
        let missing = requiredColumns.filter { columns[$0] == nil }
        guard missing.isEmpty else {
            throw Unreadable(
                description: "The header row has no \(missing.joined(separator: ", ")) column; it needs "
                    + "email, name and roles (and may have connection).")
        }
        return columns.filter { (requiredColumns + ["connection"]).contains($0.key) }
    }

    /// The invitation a record asks for and every problem with its fields.
    private static func check(
        _ cells: [String: String], line: Int
    ) -> (invitation: Invitation?, problems: [ImportProblem]) {
        let email = cells["email", default: ""], name = cells["name", default: ""]
        var problems: [ImportProblem] = []
        func note(_ field: String, _ reason: String?) {
            if let reason { problems.append(ImportProblem(line: line, email: email, field: field, reason: reason)) }
        }
        note("email", Validation.emailProblem(email))
        note("name", Validation.nameProblem(name))
        let roles = Self.roles(cells["roles", default: ""])
        note("roles", roles.problem ?? Validation.rolesProblem(roles.roles))
        let connection = Self.connection(cells["connection", default: ""])
        note("connection", connection == nil ? Self.connectionProblem(cells["connection", default: ""]) : nil)
        guard let connection else { return (nil, problems) }
        return (Invitation(email: email, name: name, roles: roles.roles, connection: connection), problems)
    }

    /// The roles of a cell such as `developer;analyst` or `admin|developer`; an unknown name is a problem.
    private static func roles(_ cell: String) -> (roles: Set<Role>, problem: String?) {
        var roles = Set<Role>()
        for name in cell.split(whereSeparator: { $0 == ";" || $0 == "|" }) {
            let name = name.trimmingCharacters(in: .whitespaces)
            guard !name.isEmpty else { continue }
            guard let role = Role(rawValue: name.lowercased()) else {
                return (roles, "'\(name)' is not a role; use admin, developer or analyst, separated by ; or |.")
            }
            roles.insert(role)
        }
        return (roles, nil)
    }

    /// The connection a cell names: empty means Google, as the API's default.
    private static func connection(_ cell: String) -> Connection? {
        switch cell.lowercased() {
        case "", Connection.googleOAuth2.rawValue: .googleOAuth2
        case "password", Connection.usernamePassword.rawValue: .usernamePassword
        default: nil
        }
    }

    private static func connectionProblem(_ cell: String) -> String {
        "'\(cell)' is not a connection; use google-oauth2, password or leave it empty (google-oauth2)."
    }
}
