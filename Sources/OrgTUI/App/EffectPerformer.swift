import OrgModel

/// What the main loop needs of an `EffectRunner`, whatever its backend's type, so that switching profiles
/// can replace the runner with one on another backend.
protocol EffectPerformer: AnyObject {
    /// Starts the backend effects in order; returns at once.
    func perform(_ effects: [Effect])
    /// Cancels everything in flight; nothing more is answered.
    func cancelAll()
}

extension EffectRunner: EffectPerformer {}
