/// One rule of contract.md, checked against a fresh fixture.
public struct ContractCheck: Sendable, CustomStringConvertible {
    /// What the check shows, as a sentence.
    public var description: String
    /// Runs the check; failures are recorded through `#expect` and `#require`.
    public var run: @Sendable (ContractFixture) async throws -> Void

    public init(_ description: String, run: @escaping @Sendable (ContractFixture) async throws -> Void) {
        self.description = description
        self.run = run
    }
}
