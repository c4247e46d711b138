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

    /// A read under way: of the answer for `key`, at the store's `version`.
    struct Reading: Hashable, Sendable {
        let key: Key
        let version: Int
    }

    /// Where the listUsers handler leaves its answer for the middleware to write. A page that a request of the
    /// same member read for the same query at the store's current version is answered again without a read,
    /// and the requests that miss it together share one read (`InFlightReads`).
    final class Slot: Sendable {
        private let answers: VersionedCache<Key, Answer>
        private let readings: InFlightReads<Reading, Answer>
        /// The member and store version that the request's token check found, when it found both.
        private let reader: (memberID: String, version: Int)?
        private let stored = Mutex<Answer?>(nil)

        init(
            answers: VersionedCache<Key, Answer>, readings: InFlightReads<Reading, Answer>, memberID: String?,
            version: Int?
        ) {
            self.answers = answers
            self.readings = readings
            reader = memberID.flatMap { id in version.map { (id, $0) } }
        }

        /// The answer that the handler left.
        var answer: Answer? { stored.withLock { $0 } }

        /// Answers `query` with the page that `read` reads, or with the one kept or being read for it; returns
        /// its count.
        func answer(
            _ query: UserQuery, read: @escaping @Sendable () async throws(BackendError) -> UserPage
        ) async throws(BackendError) -> Int {
            let answer: Answer
            if let reader {
                let key = Key(memberID: reader.memberID, query: query)
                if let kept = answers.value(for: key, at: reader.version) {
                    answer = kept
                } else {
                    let answers = answers
                    answer = try await readings.value(for: Reading(key: key, version: reader.version)) {
                        () throws(BackendError) in
                        let answer = Self.encoded(try await read())
                        answers.insert(answer, for: key, at: reader.version)
                        return answer
                    }
                }
            } else {
                answer = Self.encoded(try await read())
            }
            stored.withLock { $0 = answer }
            return answer.count
        }

        /// `page` as an answer: its count and its JSON.
        private static func encoded(_ page: UserPage) -> Answer {
            Answer(count: page.count, json: ByteBuffer(bytes: UserPageJSON.encode(page)))
        }
    }
}
