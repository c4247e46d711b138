/// One part of `make bench`: it measures something and adds its rows to the shared table.
protocol BenchSection {
    /// Measures and adds the rows to `table`.
    func run(into table: inout BenchTable) async throws
}
