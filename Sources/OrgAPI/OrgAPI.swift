/// The org-user-management API as generated from `openapi.yaml`: the `Components` types, the `Client`
/// and the `APIProtocol` that a server implements. This module adds nothing by hand.
@_exported import OpenAPIRuntime
