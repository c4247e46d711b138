import Foundation
import OrgHTTP
import OrgModel
import TestHTTPServers
import Testing

/// listUsers' extensions (`role`, `email_search`, `connection`) go only to a server whose document declares
/// them; to another, the query is refused before anything is sent.
@Suite struct ListFilterTests {
    private static func backend(_ map: OperationMap?, _ transport: RecordingTransport) -> HTTPBackend {
        HTTPBackend(
            baseURL: URL(string: "http://127.0.0.1:9")!, credential: Credential(token: "a@b.c:mpat_x")!,
            configuration: HTTPConfiguration(connectTimeout: 1, operations: map), transport: transport)
    }

    private static let filtered = UserQuery(
        nameSearch: "Dan", roles: [.analyst, .admin], emailSearch: "Gm", connection: .googleOAuth2)

    @Test func filtersGoToAServerThatDeclaresThem() async throws {
        let map = try #require(OperationMap(documentData: FakePlatform.document()))
        #expect(map.declaresExtensions(of: "listUsers"))
        let transport = RecordingTransport()
        _ = try? await Self.backend(map, transport).listUsers(Self.filtered)
        #expect(
            transport.requests.map(\.path)
                == [
                    "/api/v2/members?page=1&size=100&q=Dan&role=admin&role=analyst&email_search=Gm&connection=google-oauth2"
                ])
    }

    @Test(arguments: [true, false])
    func filtersAreRefusedUnsentWhereNotDeclared(withMap: Bool) async throws {
        let map = try #require(OperationMap(documentData: FakePlatform.document(withExtensions: false)))
        #expect(!map.declaresExtensions(of: "listUsers"))
        let transport = RecordingTransport()
        // Without a map, the document is asked of 127.0.0.1:9, where nothing answers.
        let backend = Self.backend(withMap ? map : nil, transport)
        for query in [
            Self.filtered, UserQuery(roles: [.admin]), UserQuery(emailSearch: "x"),
            UserQuery(connection: .googleOAuth2),
        ] {
            let error = await #expect(throws: BackendError.self) { _ = try await backend.listUsers(query) }
            guard case .unsupported(let sentence) = error else {
                Issue.record("\(String(describing: error))")
                continue
            }
            #expect(sentence.contains("does not offer the filters by role, email or sign-in method"), "\(sentence)")
        }
        #expect(transport.requests.isEmpty)
        _ = try? await backend.listUsers(UserQuery(nameSearch: "Dan"))
        #expect(transport.requests.count == 1)
    }

    @Test func aSavedMapKeepsTheDeclaredExtensions() throws {
        let map = try #require(OperationMap(documentData: FakePlatform.document()))
        let path = NSTemporaryDirectory() + "paths-\(UUID().uuidString)"
        defer { OperationMap.remove(path: path) }
        try map.save(path: path)
        #expect(try OperationMap.load(path: path)?.declaresExtensions(of: "listUsers") == true)
    }
}
