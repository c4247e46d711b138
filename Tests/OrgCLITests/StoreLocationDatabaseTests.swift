import ArgumentParser
import Testing

@testable import OrgCLI

/// Whether a server command works on the local store or on a PostgreSQL database: an option always wins over
/// `ORGTUI_DATABASE_URL`, `--store` names a store even when it is the default path, and `--store` with
/// `--database` is refused whatever the paths.
@Suite struct StoreLocationDatabaseTests {
    let environment = ["ORGTUI_DATABASE_URL": "postgresql://orgtui@db.internal/acme"]

    @Test func anExplicitStoreWinsOverTheVariableEvenAtTheDefaultPath() throws {
        let named = try StoreLocation.parse(["--store", StoreLocation.defaultPath])
        #expect(try named.databaseURL(option: nil, environment: environment) == nil)
        let other = try StoreLocation.parse(["--store", "/tmp/other.sqlite"])
        #expect(try other.databaseURL(option: nil, environment: environment) == nil)
    }

    @Test func theVariableStandsForDatabaseWhenNothingNamesAStore() throws {
        let bare = try StoreLocation.parse([])
        #expect(try bare.databaseURL(option: nil, environment: environment) == environment["ORGTUI_DATABASE_URL"])
        #expect(try bare.databaseURL(option: nil, environment: ["ORGTUI_DATABASE_URL": ""]) == nil)
        #expect(
            try bare.databaseURL(option: "postgresql://u@h/typed", environment: environment) == "postgresql://u@h/typed"
        )
    }

    @Test func storeWithDatabaseIsRefusedWhateverThePaths() throws {
        for path in [StoreLocation.defaultPath, "/tmp/other.sqlite"] {
            let named = try StoreLocation.parse(["--store", path])
            #expect(throws: ValidationError.self) {
                try named.databaseURL(option: "postgresql://u@h/db", environment: [:])
            }
        }
    }
}
