import Foundation
import OrgCLI
import Synchronization

/// Lines from standard input, read on a thread of their own so that reading never holds up the answers of
/// the effects: each line is queued and wakes the session's loop through the same pipe the inbox wakes.
final class PlainInput: Sendable {
    /// The lines read and not yet taken, oldest first; nil stands for the end of the input.
    private let queue = Mutex<[String?]>([])
    private let pipe: WakePipe

    init(pipe: WakePipe) {
        self.pipe = pipe
    }

    /// Starts reading standard input until its end.
    func start() {
        let thread = Thread { [self] in
            while true {
                let line = readLine(strippingNewline: true)
                queue.withLock { $0.append(line) }
                pipe.wake()
                if line == nil { return }
            }
        }
        thread.start()
    }

    /// The oldest line not yet taken: `.line(text)`, `.end` at the end of the input, or nil when none waits.
    func next() -> Line? {
        queue.withLock { queue in
            guard !queue.isEmpty else { return nil }
            guard let line = queue.removeFirst() else {
                queue.insert(nil, at: 0)
                return .end
            }
            return .line(line)
        }
    }

    /// What the input has for the session.
    enum Line: Hashable {
        case line(String)
        /// The input ended (Ctrl-D, or the pipe closed): every later call says so too.
        case end
    }
}
