import NIOCore
import OrgModel
import Synchronization

extension UserPageMiddleware {
    /// A listUsers answer: the number of users and the whole page as JSON.
    struct Answer: Sendable {
        let count: Int
        let json: ByteBuffer
    }

    /// The answers kept, by member and query.
    struct Key: Hashable, Sendable {
        let memberID: String
        let query: UserQuery
    }

    /// Where the listUsers handler leaves its answer for the middleware to write. A page that a request of the
    /// same member read for the same query at the store's current version is answered again without a read.
    final class Slot: Sendable {
        private let answers: VersionedCache<Key, Answer>
        /// The member and store version that the request's token check found, when it found both.
        private let reader: (memberID: String, version: Int)?
        private let stored = Mutex<Answer?>(nil)

        init(answers: VersionedCache<Key, Answer>, memberID: String?, version: Int?) {
            self.answers = answers
            reader = memberID.flatMap { id in version.map { (id, $0) } }
        }

        /// The answer that the handler left.
        var answer: Answer? { stored.withLock { $0 } }

        /// Answers `query` with the page that `read` reads, or with the one kept for it; returns its count.
        func answer(
            _ query: UserQuery, read: () async throws(BackendError) -> UserPage
        ) async throws(BackendError) -> Int {
            let key = reader.map { Key(memberID: $0.memberID, query: query) }
            if let key, let reader, let kept = answers.value(for: key, at: reader.version) {
                stored.withLock { $0 = kept }
                return kept.count
            }
            let page = try await read()
            let answer = Answer(count: page.count, json: ByteBuffer(bytes: UserPageJSON.encode(page)))
            if let key, let reader { answers.insert(answer, for: key, at: reader.version) }
            stored.withLock { $0 = answer }
            return page.count
        }
    }
}
