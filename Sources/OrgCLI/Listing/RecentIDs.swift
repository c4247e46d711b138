/// The ids handed over in the last few pages of a listing, so that a user whom the list moved from one page
/// to a nearby one while it was read (others were added or removed before them) is printed once. Memory
/// stays bounded: the ids of the oldest page are forgotten once `pages` newer ones were seen.
struct RecentIDs {
    private let pages: Int
    private var seen: Set<String> = []
    private var order: [[String]] = [[]]

    /// Remembers the ids of the last `pages` pages (at least one besides the current).
    init(pages: Int) {
        self.pages = max(pages, 1)
    }

    /// Whether `id` is new to the recent pages; it is remembered as one of the current page.
    mutating func insert(_ id: String) -> Bool {
        guard seen.insert(id).inserted else { return false }
        order[order.count - 1].append(id)
        return true
    }

    /// Ends the current page, forgetting the oldest once more than `pages` are remembered.
    mutating func endPage() {
        order.append([])
        if order.count > pages + 1 { order.removeFirst().forEach { seen.remove($0) } }
    }
}
