import Foundation
import Hummingbird
import OrgModel

/// Writes listUsers' 200 body with `UserPageJSON`, as one buffer, instead of the generated serializer's
/// JSONEncoder and streamed body, which cost more than everything else a request does. The handler
/// leaves its answer in the context's `userPage` slot and gives the serializer the count alone, so the
/// status, headers and Accept check stay the generated code's; this middleware then answers with the
/// whole page, byte for byte what JSONEncoder writes, in a body that Hummingbird sends with its head in
/// one write. Answers are kept while the store is unchanged (`VersionedCache`), for the member and query
/// that read them: a list refreshed by many clients is read once per change.
struct UserPageMiddleware: RouterMiddleware {
    /// The answers kept; about 10 KB each for a full page.
    let answers = VersionedCache<Key, Answer>(capacity: 256)
    /// The reads of answers under way, which the requests missing `answers` together share.
    let readings = InFlightReads<Reading, Answer>()

    func handle(
        _ request: Request,
        context: APIRequestContext,
        next: (Request, APIRequestContext) async throws -> Response
    ) async throws -> Response {
        let slot = Slot(
            answers: answers, readings: readings, memberID: context.facts.memberID, version: context.storeVersion)
        var context = context
        context.userPage = slot
        var response = try await next(request, context)
        guard response.status == .ok, let answer = slot.answer else { return response }
        response.body = ResponseBody(byteBuffer: answer.json)
        response.headers[.contentLength] = String(answer.json.readableBytes)
        return response
    }
}
