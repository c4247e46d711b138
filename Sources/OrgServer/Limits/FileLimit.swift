#if canImport(Glibc)
import Glibc
#endif

/// The process's limit on open files (`RLIMIT_NOFILE`), which every connection counts against.
public enum FileLimit {
    /// The soft limit now: how many files the process may have open at once.
    public static var current: Int {
        var limit = rlimit()
        guard getrlimit(Int32(RLIMIT_NOFILE.rawValue), &limit) == 0 else { return 1_024 }
        return Int(clamping: limit.rlim_cur)
    }

    /// Raises the soft limit toward the hard limit, as Go's runtime does (the soft one, often 1,024, is
    /// only a default, and each connection takes a file), but to at most `ceiling`: an idle connection holds
    /// about 14 KB, so 65,536 of them hold about 1 GB. A soft limit set higher by hand is kept; where raising
    /// fails, the limit stays as it was.
    public static func raise(toAtMost ceiling: Int = 65_536) {
        var limit = rlimit()
        guard getrlimit(Int32(RLIMIT_NOFILE.rawValue), &limit) == 0 else { return }
        let target = min(limit.rlim_max, rlim_t(ceiling))
        guard limit.rlim_cur < target else { return }
        limit.rlim_cur = target
        _ = setrlimit(Int32(RLIMIT_NOFILE.rawValue), &limit)
    }
}
