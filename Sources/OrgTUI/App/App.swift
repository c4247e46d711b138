import Foundation
import Logging
import OrgHTTP
import OrgText
import OrgModel

/// The main loop: key -> Event -> `reduce` -> effects (backend work to the runner, profiles and a new store to
/// the opener, clipboard and quit here) -> render -> curses. Only the main thread runs it; the runner's and
/// the opener's answers come back through the inbox, which wakes the loop at once.
@MainActor
final class App {
    private let session: TerminalSession
    /// The key table: what each key does here, and what the hint bar and the help screen show.
    private var keyMap: KeyMap
    /// What the header says about the backend in use, such as "store /home/ada/acme.sqlite".
    private var backendLabel: String
    private let inbox: EventInbox
    /// The runner on the backend in use; nil until the first-run form's store exists.
    private var runner: (any EffectPerformer)?
    private let opener: BackendOpener
    private var state: AppState
    /// What the status line says until the first key, told to `reduce` at start.
    private let startNotice: String?
    private var quitting = false
    private var shown: AppState?
    /// The frame on the screen, whose targets the mouse's clicks find.
    private var frame: Frame?
    private var pointer = Pointer()
    private let logger = Logger(label: "orgtui.app")

    /// - Parameters:
    ///   - refreshSeconds: the live refresh's period over the API (0: no live refresh); see `LiveRefresh`.
    ///   - notice: what the status line says until the first key (a broken config).
    ///   - profile: the saved profile in use, for the header; `profiles` lists and opens the others.
    ///   - backendLabel: what the header says about `backend`.
    ///   - firstRun: where the first-run form creates the store when there is none yet (`backend` is nil).
    init(
        backend: (any Backend)?, backendLabel: String, session: TerminalSession, keyMap: KeyMap, readOnly: Bool,
        refreshSeconds: Int, notice: String?, profile: String?, profiles: ProfileSwitcher, firstRun: String? = nil
    ) {
        self.session = session
        self.keyMap = keyMap
        self.backendLabel = backendLabel
        let inbox = EventInbox(pipe: session.pipe)
        self.inbox = inbox
        runner = backend.map { Self.runner(on: $0, inbox) }
        opener = BackendOpener(inbox: inbox, profiles: profiles)
        let size = session.curses.size
        state = AppState(
            width: size.width, height: size.height, readOnly: readOnly, refreshSeconds: refreshSeconds,
            activeProfile: profile, firstRun: firstRun)
        startNotice = notice
    }

    /// Runs until the admin quits or a signal stops the program.
    func run() {
        if runner != nil { start(notice: startNotice) }
        settle(within: Self.firstFrameWait)
        render()
        // Written once the first frame is out: the runner's answers do not come sooner for it.
        logger.info("started", metadata: ["size": "\(state.width)x\(state.height)", "readOnly": "\(state.readOnly)"])
        while !quitting {
            for input in session.next() where !quitting {
                handle(input)
            }
            render()
        }
        runner?.cancelAll()
        logger.info("quit")
    }

    /// Tells `reduce` the program started on a backend, and what to say until the first key.
    private func start(notice: String?) {
        if let notice { dispatch(.notice(StatusMessage(.error, notice))) }
        dispatch(.started)
    }

    /// How long the first frame waits for the first answers: long enough for a local store, short enough
    /// that a slow server's "Loading…" still shows at once to a person.
    static var firstFrameWait: Duration { .milliseconds(50) }

    /// Handles what arrives, without drawing, until no answer is awaited or `limit` has passed.
    private func settle(within limit: Duration) {
        let deadline = ContinuousClock.now + limit
        while !quitting, state.awaitsAnswers {
            let left = deadline - ContinuousClock.now
            guard left > .zero else { return }
            for input in session.next(timeout: left) where !quitting { handle(input) }
        }
    }

    private func handle(_ input: TerminalSession.Input) {
        switch input {
        case .key(let key):
            press(key)
        case .mouse(let mouse):
            guard let frame else { return }
            for action in pointer.actions(for: mouse, on: frame.grid, at: .now) {
                switch action {
                case .key(let key): press(key)
                case .event(let event): dispatch(event)
                }
            }
        case .resized(let width, let height):
            shown = nil
            dispatch(.resized(width: width, height: height))
        case .woke:
            if opener.askForTokens(curses: session.curses) { shown = nil }
            for event in inbox.take() { receive(event) }
        case .stop:
            logger.info("stopped by a signal or a closed terminal")
            quitting = true
        }
    }

    /// What `key` means on the screen on top, by the key map.
    private func press(_ key: Key) {
        switch keyMap.action(for: key, in: KeyContext(state), takesText: state.acceptsText) {
        case .command(let command):
            if let reason = keyMap.refusal(command) {
                dispatch(.notice(StatusMessage(.error, reason)))
            } else {
                dispatch(.command(command))
            }
        case .typed(let character): dispatch(.typed(String(character)))
        case nil: dispatch(.notice(nil))
        }
    }

    /// An answer from the runner or the opener. A backend the opener opened (a profile's, or the store the
    /// first-run form created) is worked on before `reduce` learns of it, so the loads it then asks for go
    /// to that backend.
    private func receive(_ event: Event) {
        switch event {
        case .profileSwitched(let name, _):
            guard let connection = opener.takeProfile(name) else { return }
            logger.info("switched profile", metadata: ["profile": "\(name)"])
            install(backend: connection.backend, label: connection.label, operations: connection.operations)
            dispatch(event)
        case .storeCreated(.success):
            guard let store = opener.takeStore() else { return }
            install(backend: store.backend(), label: "store " + store.path)
            dispatch(event)
            let notice = [startNotice, store.accessWarning].compactMap { $0 }.joined(separator: " ")
            if !notice.isEmpty { dispatch(.notice(StatusMessage(.error, notice))) }
        default:
            dispatch(event)
        }
    }

    private func dispatch(_ event: Event) {
        let before = state.status
        let effects = reduce(&state, event, at: Date())
        if case .command(let command) = event { logger.debug("command", metadata: ["command": "\(command)"]) }
        if let status = state.status, status != before, status.kind == .error {
            logger.warning("\(Sanitizer.clean(status.text))")
        }
        runner?.perform(effects.filter(\.isBackendWork))
        for effect in effects where !effect.isBackendWork {
            switch effect {
            case .copyToClipboard(let text): session.curses.writeRaw(OSC52.sequence(copying: text))
            case .quit: quitting = true
            case .switchProfile, .listProfiles, .createStore: opener.perform(effect)
            default: break
            }
        }
    }

    /// Works on `backend` from now on, which the header calls `label`, hiding the keys of the `operations` it
    /// lacks: every request to the old one is cancelled (a late answer matches no request the state waits
    /// for, so it is dropped).
    private func install(backend: any Backend, label: String, operations: OperationMap? = nil) {
        shown = nil
        runner?.cancelAll()
        runner = Self.runner(on: backend, inbox)
        backendLabel = label
        keyMap = keyMap.hiding(operations)
    }

    /// A runner on `backend` that answers into `inbox`.
    private static func runner<B: Backend>(on backend: B, _ inbox: EventInbox) -> any EffectPerformer {
        EffectRunner(backend: backend) { inbox.post($0) }
    }

    /// Draws the state when it changed since the last frame.
    private func render() {
        guard !quitting else { return }
        let drawn = state.drawn
        if shown == drawn { return }
        let frame = Renderer(keyMap: keyMap, backend: backendLabel).render(state)
        session.draw(frame)
        self.frame = frame
        shown = drawn
    }
}
