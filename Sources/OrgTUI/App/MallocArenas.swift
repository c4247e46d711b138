import Foundation

/// glibc's malloc gives each thread that allocates an arena of its own: 64 MB of address space whose pages
/// are faulted in afresh. The front ends' few threads (the main loop and the runner's) share the main
/// arena instead, already in memory: fewer page faults before the first frame, and a smaller resident size.
enum MallocArenas {
    /// From now on, every thread allocates from the main arena. Call it before threads are started.
    static func shareOne() {
        typealias Mallopt = @convention(c) (Int32, Int32) -> Int32
        guard let symbol = dlsym(nil, "mallopt") else { return }
        let arenaMax: Int32 = -8  // M_ARENA_MAX, a macro Swift does not import
        _ = unsafeBitCast(symbol, to: Mallopt.self)(arenaMax, 1)
    }
}
