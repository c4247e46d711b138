import BackendContract
import OrgModel
import OrgPostgres
import OrgRecords
import OrgStore
import Testing

/// The three-letter search counts (`member_gram`, of the folded names) stay exact through every write that
/// changes names.
@Suite struct PostgresNameGramsTests {
    @Test(.enabled(if: TestDatabase.url != nil, "\(TestDatabase.missing)"))
    func aThreeLetterSearchCountsExactlyAfterRenamesDeletesAndImports() async throws {
        try await TestDatabase.withDatabase { url in
            let store = try await TestDatabase.contractStore(url)
            defer { store.shutdown() }
            let backend = store.backend()
            _ = try await backend.updateMe(UserUpdate(name: "Sonja Sonderson"))
            try await backend.deleteUser(id: ContractData.member.id)
            try await store.importMembers([
                MemberSeed(
                    name: "Jason Sonsonson", email: "jason@acme.test", roles: [.analyst], connection: .usernamePassword),
                MemberSeed(
                    name: "Alison Mason", email: "alison@acme.test", roles: [.developer], connection: .usernamePassword),
            ])

            var users: [User] = []
            while true {
                let page = try await backend.listUsers(UserQuery(pageNumber: users.count / 100 + 1, pageSize: 100))
                users += page.items
                if users.count >= page.count { break }
            }
            let keys = users.map { NameFold.key($0.name) }
            let grams = Set(keys.flatMap(Self.grams)).filter {
                $0.allSatisfy { $0.isLetter && $0.isASCII || $0 == " " }
            }
            #expect(grams.contains("son"))
            for term in grams.union(["ada", "bui", "zzz"]).sorted() {
                let page = try await backend.listUsers(UserQuery(pageSize: 0, nameSearch: term))
                #expect(page.count == keys.filter { $0.contains(term) }.count, "\(term)")
            }
            let stray = try await TestDatabase.execute(
                url,
                """
                WITH kept AS (SELECT gram, count FROM member_gram WHERE count <> 0),
                     fresh AS (SELECT g AS gram, count(*)::integer AS count
                               FROM member CROSS JOIN LATERAL name_grams(search_key) AS g GROUP BY g)
                SELECT count(*) FROM ((TABLE kept EXCEPT TABLE fresh) UNION ALL (TABLE fresh EXCEPT TABLE kept)) AS d
                """)
            #expect(stray == 0)
        }
    }

    /// The distinct three-character substrings of `key`.
    private static func grams(_ key: String) -> Set<String> {
        let characters = Array(key)
        guard characters.count >= 3 else { return [] }
        return Set((0...(characters.count - 3)).map { String(characters[$0..<$0 + 3]) })
    }
}
