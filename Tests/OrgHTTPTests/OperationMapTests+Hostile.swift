import Foundation
import OrgHTTP
import Testing

/// Documents and map files that would have orgtui send a read as a change, or write a line of their own into
/// `paths.PROFILE`: the operation is left unmapped with the reason, or the file is refused.
extension OperationMapTests {
    /// Our operations under our own paths (`{uid}` for `{id}`), with `changing`'s method and path instead.
    static func ourDocument(
        _ changing: [String: (method: String, path: String)] = [:], query: [String: [String]] = [:]
    ) -> [DocumentOperation] {
        APIOperation.all.map { operation in
            let target = changing[operation.id] ?? (operation.method, operation.path)
            return DocumentOperation(
                method: target.method, path: target.path.replacingOccurrences(of: "{id}", with: "{uid}"),
                operationID: operation.id, query: query[operation.id] ?? Array(operation.query.keys))
        }
    }

    /// `text` in a temporary file, given to `body`.
    static func withFile<T>(_ text: String, _ body: (String) throws -> T) throws -> T {
        let path = NSTemporaryDirectory() + "orgtui-paths-" + UUID().uuidString
        try text.write(toFile: path, atomically: true, encoding: .utf8)
        defer { try? FileManager.default.removeItem(atPath: path) }
        return try body(path)
    }

    /// The map saved and loaded back, and the lines of its file.
    static func savedAndLoaded(_ map: OperationMap) throws -> (map: OperationMap?, lines: [String]) {
        let path = NSTemporaryDirectory() + "orgtui-paths-" + UUID().uuidString
        defer { try? FileManager.default.removeItem(atPath: path) }
        try map.save(path: path)
        let text = try String(contentsOfFile: path, encoding: .utf8)
        let lines = text.unicodeScalars.split(separator: "\n").map { String(String.UnicodeScalarView($0)) }
        return (try OperationMap.load(path: path), lines)
    }

    /// Whether every scalar of `text` prints: no control, format or line-separating character.
    static func printable(_ text: String) -> Bool {
        !text.unicodeScalars.contains {
            [.control, .format, .lineSeparator, .paragraphSeparator].contains($0.properties.generalCategory)
        }
    }

    @Test func aReadIsOnlySentAsGETADeleteOnlyAsDELETEAndAChangeAsPOSTPUTOrPATCH() {
        let map = OperationMap(
            document: Self.ourDocument([
                "getUser": ("DELETE", "/users/{id}"), "getMe": ("POST", "/users/me"),
                "deleteUser": ("GET", "/users/{id}/gone"), "setRoles": ("DELETE", "/users/{id}/roles"),
                "inviteUser": ("HEAD", "/users/invite"), "updateMe": ("POST", "/users/me/profile"),
            ]))
        #expect(map.mapped["getUser"] == nil)
        #expect(map.unmapped["getUser"] == "the document serves getUser as DELETE; a read is only ever sent as GET")
        #expect(map.unmapped["getMe"] == "the document serves getMe as POST; a read is only ever sent as GET")
        #expect(
            map.unmapped["deleteUser"]
                == "the document serves deleteUser as GET; deleteUser is only ever sent as DELETE")
        #expect(
            map.unmapped["setRoles"]
                == "the document serves setRoles as DELETE; a change is only ever sent as POST, PUT or PATCH")
        #expect(map.unmapped["inviteUser"]?.hasPrefix("the document serves inviteUser as HEAD;") == true)
        #expect(map.mapped["updateMe"] == PlatformOperation(method: "POST", path: "/users/me/profile"))
        #expect(
            map.mapped.keys.sorted() == [
                "getOrganization", "listAudit", "listInvitations", "listUsers", "resetPassword", "revokeInvitation",
                "updateMe",
            ])
    }

    /// A map file that an older orgtui (or someone else) wrote is held to the same rule when it is loaded.
    @Test func aLoadedMapIsCheckedTheSameWay() throws {
        let text = """
            map getUser DELETE /users/{uid}
            map getMe GET /users/me
            map deleteUser DELETE /users/{uid}
            map resetPassword POST /users/reset

            """
        let map = try #require(try Self.withFile(text) { try OperationMap.load(path: $0) })
        #expect(map.mapped.keys.sorted() == ["deleteUser", "getMe"])
        #expect(map.unmapped["getUser"] == "the document serves getUser as DELETE; a read is only ever sent as GET")
        #expect(map.unmapped["resetPassword"]?.contains("0 path parameters where ours has 1") == true)
    }

    @Test(arguments: [
        "/audit\nmap getMe DELETE /users/me", "/audit\r\nmap getMe DELETE /users/me", "/audit\rmap getMe GET /x",
        "/audit log", "/audit\tlog", "/audit\u{2028}log", "/audit\u{202E}gol", "/audit?all=1", "/audit#top", "audit",
        "",
    ])
    func aPathThatCouldBreakALineOrARequestIsNotMapped(_ path: String) throws {
        let map = OperationMap(document: Self.ourDocument(["listAudit": ("GET", path)]))
        #expect(map.mapped["listAudit"] == nil)
        let reason = try #require(map.unmapped["listAudit"])
        #expect(reason.contains("path") && Self.printable(reason), "\(reason)")
        #expect(map.mapped.count == APIOperation.all.count - 1)
        let saved = try Self.savedAndLoaded(map)
        #expect(saved.map == map)
        #expect(saved.lines.count == 1 + APIOperation.all.count)
        #expect(saved.lines.allSatisfy { $0.hasPrefix("map ") || $0.hasPrefix("unmapped ") || $0.hasPrefix("# ") })
    }

    /// A query name is written into the file as `ours=theirs`: one with a space would split the line.
    @Test func aQueryNameThatCouldBreakALineIsNotTaken() throws {
        let map = OperationMap(document: Self.ourDocument(query: ["listUsers": ["page size", "page_number", "q"]]))
        #expect(map.mapped["listUsers"] == nil)
        let reason = try #require(map.unmapped["listUsers"])
        #expect(reason.contains("query parameter") && reason.contains("“page size”"), "\(reason)")
        #expect(try Self.savedAndLoaded(map).map == map)
    }

    @Test func anUnmappedReasonIsOneLineOfPrintableText() throws {
        let map = OperationMap(mapped: [:], unmapped: ["getMe": "gone\nmap getUser DELETE /users/{id}\u{1B}[2J"])
        let reason = try #require(map.unmapped["getMe"])
        #expect(Self.printable(reason), "\(reason)")
        let saved = try Self.savedAndLoaded(map)
        #expect(saved.map == map)
        #expect(saved.lines.count == 2)
    }

    @Test(arguments: [
        "map listAudit GET /audit\r\n", "map listAudit GET /audit\r",
        "map getMe GET /users/me\u{2028}map getMe DELETE /x\n",
        "unmapped getUser gone\u{1B}[2J\n", "map getMe GET /a\nmap getMe GET /b\n", "map listUsers GET users\n",
        "map getMe GET /users/me?all=1\n", "map listUsers GET /users page_size=per\u{0B}page\n",
        "map getMe GET\t/users/me\n",
    ])
    func aMapFileWithAFieldThatCouldBreakALineIsRefused(_ text: String) throws {
        #expect(throws: CredentialError.self) { try Self.withFile(text) { try OperationMap.load(path: $0) } }
    }

    @Test func theReasonNamesThreeOfManyCandidatesAndCountsTheRest() {
        let document = (0..<1000).map {
            DocumentOperation(method: "GET", path: "/a\($0)", summary: "Returns your user details.")
        }
        let map = OperationMap(document: document)
        #expect(map.unmapped["getMe"] == "several operations could be it: GET /a0, GET /a1, GET /a2 and 997 more")
    }

    /// Summaries and descriptions are compared by their beginning only, however long they are.
    @Test func aLongSummaryOrDescriptionIsComparedByItsBeginning() {
        let long = String(repeating: "Word ", count: 200_000)
        let map = OperationMap(document: [
            DocumentOperation(method: "GET", path: "/me", description: " Returns  your user\n details. " + long),
            DocumentOperation(method: "GET", path: "/org", summary: "Returns details about your organization. " + long),
            DocumentOperation(method: "GET", path: "/people", summary: "LISTS users\tin your organization...."),
            DocumentOperation(method: "PATCH", path: "/me", summary: "Updates your user details across all"),
        ])
        #expect(map.mapped["getMe"]?.path == "/me")
        #expect(map.mapped["getOrganization"] == nil)
        #expect(map.mapped["listUsers"]?.path == "/people")
        #expect(map.mapped["updateMe"] == nil)
    }
}
