import Foundation
import OrgHTTP
import OrgModel
import TestHTTPServers
import Testing

/// Reading the platform's OpenAPI document into an `OperationMap`, and the requests sent through one.
@Suite struct OperationMapTests {
    /// The operations of orgtui serve that the platform's document does not have.
    static let serveOnly: Set<String> = ["listInvitations", "revokeInvitation"]

    @Test func mapsEveryOperationOfAPlatformWhosePathsAndNamesDifferEntirely() throws {
        let map = try #require(OperationMap(documentData: FakePlatform.document()))
        // The platform keeps no list of invitations: only orgtui serve offers those two.
        #expect(Set(map.unmapped.keys) == Self.serveOnly)
        for route in FakePlatform.routes {
            let operation = try #require(
                APIOperation.all.first { $0.method == route.ours.method && $0.path == route.ours.path })
            #expect(
                map.mapped[operation.id]
                    == PlatformOperation(method: route.theirs.method, path: route.theirs.path, query: route.query),
                "\(operation.id)")
        }
    }

    @Test func anOperationMissingFromTheDocumentIsUnmappedWithItsReason() throws {
        let data = FakePlatform.document(leaving: ["remove_member_api_v2_members__member_id__delete"])
        let map = try #require(OperationMap(documentData: data))
        #expect(map.mapped["deleteUser"] == nil)
        #expect(map.mapped.count == APIOperation.all.count - 1 - Self.serveOnly.count)
        let reason = try #require(map.unmapped["deleteUser"])
        #expect(reason.contains("deleteUser") && reason.contains("Deletes the specified user"))
        #expect(map.refusal("deleteUser").contains("deleteUser"))
    }

    @Test func ourOwnOperationIdsMapToThemselvesAndCaseAndUnderscoresDoNotMatter() throws {
        let document = APIOperation.all.map { operation in
            DocumentOperation(
                method: operation.method, path: "/v9" + operation.path,
                operationID: operation.id == "getOrganization" ? "Get_Organization" : operation.id,
                query: Array(operation.query.keys))
        }
        let map = OperationMap(document: document)
        #expect(map.unmapped == [:])
        for operation in APIOperation.all {
            #expect(
                map.mapped[operation.id] == PlatformOperation(method: operation.method, path: "/v9" + operation.path))
        }
    }

    @Test func twoOperationsThatFitEquallyAreNeitherTaken() {
        let map = OperationMap(document: [
            DocumentOperation(method: "GET", path: "/a", summary: "Returns your user details."),
            DocumentOperation(method: "GET", path: "/b", summary: "Returns your user details."),
        ])
        #expect(map.mapped["getMe"] == nil)
        #expect(map.unmapped["getMe"]?.contains("GET /a, GET /b") == true)
    }

    @Test func anOperationWithOtherPathParametersThanOursIsNotTaken() {
        let map = OperationMap(document: [
            DocumentOperation(method: "GET", path: "/orgs/{org}/members/{member}", operationID: "getUser")
        ])
        #expect(map.mapped["getUser"] == nil)
        #expect(map.unmapped["getUser"]?.contains("2 path parameters") == true)
    }

    @Test func aFastAPIOperationIdIsToldFromOnesThatOnlyBeginAlike() {
        let map = OperationMap(document: [
            DocumentOperation(method: "GET", path: "/v2/members", operationID: "list_users_v2_members_get"),
            DocumentOperation(method: "GET", path: "/v2/export", operationID: "list_users_export_v2_export_get"),
        ])
        #expect(map.mapped["listUsers"] == PlatformOperation(method: "GET", path: "/v2/members"))
    }

    @Test func referencedQueryParametersAreRenamedOnlyWhenObvious() throws {
        let json = """
            {"openapi": "3.0.3", "components": {"parameters": {"P": {"name": "pageNumber", "in": "query"}}},
             "paths": {"/people": {"get": {"operationId": "list_users_people_get",
               "parameters": [{"$ref": "#/components/parameters/P"}, {"name": "limit", "in": "query"},
                              {"name": "name_search", "in": "query"}, {"name": "colour", "in": "query"}]}}}}
            """
        let map = try #require(OperationMap(documentData: Data(json.utf8)))
        #expect(
            map.mapped["listUsers"]
                == PlatformOperation(
                    method: "GET", path: "/people", query: ["page_number": "pageNumber", "page_size": "limit"]))
    }

    @Test(arguments: ["<html>not found</html>", "{\"swagger\": \"2.0\", \"paths\": {}}", "[1, 2]", ""])
    func aDocumentThatIsNotOpenAPI3IsNoMap(_ text: String) {
        #expect(OperationMap(documentData: Data(text.utf8)) == nil)
    }

    @Test func savedAndLoadedTheMapIsTheSame() throws {
        let map = try #require(
            OperationMap(documentData: FakePlatform.document(leaving: ["list_audit_api_v2_audit_log_get"])))
        let path = NSTemporaryDirectory() + "orgtui-paths-" + UUID().uuidString
        defer { try? FileManager.default.removeItem(atPath: path) }
        try map.save(path: path)
        #expect(try OperationMap.load(path: path) == map)
        let mode = try FileManager.default.attributesOfItem(atPath: path)[.posixPermissions] as? Int
        #expect(mode == 0o600)
        #expect(try OperationMap.load(path: path + ".none") == nil)
    }

    @Test func pathsUnderTheAPIsOwnPathAreMadeRelativeToIt() throws {
        let map = try #require(OperationMap(documentData: FakePlatform.document()))
        let relative = map.relative(to: URL(string: "https://platform.test/api/v2/")!)
        #expect(relative.mapped["getUser"]?.path == "/members/{member_id}")
        #expect(relative.mapped["getOrganization"]?.path == "/tenant")
        #expect(map.relative(to: URL(string: "https://platform.test/api/v3")!) == map)
        #expect(map.relative(to: URL(string: "https://platform.test")!) == map)
    }
}
