import HTTPTypes
import NIOCore
import NIOHTTPTypes

/// Holds each request on an HTTP/1 connection to contract.md's limits, below the router, as its parts
/// arrive. A body larger than `maxBodyBytes`, declared by Content-Length or counted as it arrives
/// (chunked), is not passed on: in its place the request's body ends with `RequestBodyTooLarge`, which
/// `ErrorMiddleware` answers 413, and the connection closes after that answer, so the rest is never
/// read. A request not read to its end within `readTimeout` of its head (a client dribbling its body)
/// closes the connection; Hummingbird's idle timeout covers a client that sends nothing, or a head
/// that never ends.
final class RequestLimitHandler: ChannelInboundHandler, RemovableChannelHandler {
    typealias InboundIn = HTTPRequestPart
    typealias InboundOut = HTTPRequestPart

    private let maxBodyBytes: Int
    private let readTimeout: TimeAmount
    private var bodyBytes = 0
    private var isRefusing = false
    private var readDeadline: Scheduled<Void>?

    init(maxBodyBytes: Int, readTimeout: TimeAmount) {
        self.maxBodyBytes = maxBodyBytes
        self.readTimeout = readTimeout
    }

    func channelRead(context: ChannelHandlerContext, data: NIOAny) {
        guard !isRefusing else { return }
        switch unwrapInboundIn(data) {
        case .head(let head):
            bodyBytes = 0
            startReadDeadline(context)
            context.fireChannelRead(data)
            if let declared = head.headerFields[.contentLength].flatMap({ Int($0) }), declared > maxBodyBytes {
                refuse(context)
            }
        case .body(let buffer):
            bodyBytes += buffer.readableBytes
            if bodyBytes > maxBodyBytes { refuse(context) } else { context.fireChannelRead(data) }
        case .end:
            cancelReadDeadline()
            context.fireChannelRead(data)
        }
    }

    func handlerRemoved(context: ChannelHandlerContext) {
        cancelReadDeadline()
    }

    func channelInactive(context: ChannelHandlerContext) {
        cancelReadDeadline()
        context.fireChannelInactive()
    }

    /// Passes nothing more on: the request's body fails, and Hummingbird, which then finds no next
    /// request to read, closes the connection once the answer is written.
    private func refuse(_ context: ChannelHandlerContext) {
        isRefusing = true
        cancelReadDeadline()
        context.fireErrorCaught(RequestBodyTooLarge(limit: maxBodyBytes))
    }

    private func startReadDeadline(_ context: ChannelHandlerContext) {
        cancelReadDeadline()
        let channel = context.channel
        readDeadline = context.eventLoop.scheduleTask(in: readTimeout) { channel.close(promise: nil) }
    }

    private func cancelReadDeadline() {
        readDeadline?.cancel()
        readDeadline = nil
    }
}
