/// A scan of the users (`Effect.scanUsers`) that the list shows instead of pages, for a backend that cannot
/// apply the list's filters (the platform): its request, how far it got, and whether it still runs. The rows
/// found are the list's pages; the list keeps them all and reads no page while it shows a scan.
struct ListScan: Hashable, Sendable {
    /// The scan's request, which `Effect.cancel` stops.
    var id: RequestID
    /// How far it got.
    var progress = ScanProgress()
    /// Whether it still runs.
    var running = true
}
