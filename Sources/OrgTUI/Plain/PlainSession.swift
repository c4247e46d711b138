import Foundation
import Logging
import OrgCLI
import OrgModel
import OrgText

/// The line mode (`orgtui --plain`): a second front end on the same view model, for screen readers and
/// terminals that cannot draw a full screen. Lines read -> `PlainCommand` -> the model's events -> `reduce`
/// -> effects (to the same runner and opener as the terminal UI) -> answers through the same inbox ->
/// `PlainPrinter`'s lines. It writes no cursor movement and no color and never redraws. A line is handled
/// once the answers the last one asked for are in, so numbers always refer to the list printed last.
@MainActor
final class PlainSession {
    /// What is waiting for the next line.
    enum Asking: Hashable {
        /// The yes/no question of the dialog on top.
        case dialog
        /// A field of the invite form.
        case invite(InviteForm.Field)
    }

    /// How many rows a list shows.
    nonisolated static let rows = 20

    /// The height the model is told, so that its table holds `rows` rows.
    nonisolated static var height: Int { rows + 24 - Layout(width: 80, height: 24).body.height }

    var state: AppState
    var printer: PlainPrinter
    var keyMap: KeyMap
    var asking: Asking?
    /// The saved profile `switch` waits to open, once the profile list is read.
    var switching: String?
    private let pipe: WakePipe
    private let inbox: EventInbox
    private let input: PlainInput
    private var runner: (any EffectPerformer)?
    private let opener: BackendOpener
    private var awaited = AwaitedAnswers()
    private let output: (String) -> Void
    /// Whether a person types at a terminal: then the prompt waits on its own line; otherwise each line read
    /// is echoed after the prompt, so that the output reads as a transcript.
    private let interactive: Bool
    /// Whether the last text written is a prompt, not yet followed by a line.
    private var prompted = false
    private var quitting = false
    private let logger = Logger(label: "orgtui.plain")

    /// - Parameters:
    ///   - label: what the header says of the backend, such as `store /tmp/org.sqlite`.
    ///   - notice: what to say once at start (a broken config, a store others may read).
    ///   - output: writes text as it is (standard output, unbuffered).
    init(
        backend: any Backend, label: String, pipe: WakePipe, keyMap: KeyMap, readOnly: Bool, refreshSeconds: Int,
        notice: String?, profile: String?, profiles: ProfileSwitcher, interactive: Bool,
        output: @escaping (String) -> Void
    ) {
        self.pipe = pipe
        let inbox = EventInbox(pipe: pipe)
        self.inbox = inbox
        input = PlainInput(pipe: pipe)
        runner = backend.runner(answering: inbox)
        opener = BackendOpener(inbox: inbox, profiles: profiles)
        self.keyMap = keyMap
        self.interactive = interactive
        self.output = output
        printer = PlainPrinter(backend: label)
        state = AppState(
            width: 80, height: Self.height, readOnly: readOnly, refreshSeconds: refreshSeconds,
            activeProfile: profile)
        if let notice { dispatch(.notice(StatusMessage(.error, notice))) }
    }

    /// Runs until `quit`, the end of the input, or a signal.
    func run() {
        logger.info("started the line mode")
        input.start()
        dispatch(.started)
        while !quitting {
            for event in inbox.take() { receive(event) }
            show()
            while !quitting, awaited.isEmpty, let line = input.next() {
                take(line)
                show()
            }
            if quitting { break }
            if interactive, !prompted, asking == nil, awaited.isEmpty { write(prompt: "orgtui> ") }
            guard wait() else { break }
            refuseTokenRequests()
        }
        runner?.cancelAll()
        if prompted { output("\n") }
        logger.info("quit")
    }

    /// Hands `event` to `reduce` and its effects to the runner, the opener, or the loop (`quit`).
    func dispatch(_ event: Event) {
        let effects = reduce(&state, event)
        awaited.sent(effects)
        runner?.perform(effects.filter(\.isBackendWork))
        for effect in effects where !effect.isBackendWork {
            switch effect {
            case .quit: quitting = true
            case .switchProfile, .listProfiles, .createStore: opener.perform(effect)
            default: break
            }
        }
    }

    /// Writes `lines`, each on its own line, after ending a prompt's line.
    func say(_ lines: [String]) {
        guard !lines.isEmpty else { return }
        if prompted { output("\n") }
        prompted = false
        output(lines.joined(separator: "\n") + "\n")
    }

    /// Writes a question or prompt that the next line answers.
    func write(prompt: String) {
        if prompted { output("\n") }
        output(prompt)
        prompted = true
    }

    /// Prints what changed, then, once nothing more is on its way: the screen on top that only shows
    /// something (and closes it), or the question of the dialog on top, or the next step of a `switch`.
    func show() {
        say(printer.lines(for: state))
        guard awaited.isEmpty, !quitting else { return }
        if case .invite(let field) = asking, !prompted { write(prompt: Self.prompt(for: field, in: state)) }
        guard asking == nil else { return }
        if let lines = PlainPrinter.describe(state) {
            if let name = switching, case .profiles = state.screen {
                switching = nil
                openProfile(name)
                return
            }
            say(lines)
            give(.back)
            say(printer.lines(for: state))
        } else if let question = PlainPrinter.question(state) {
            say(question.lines)
            write(prompt: question.prompt)
            asking = .dialog
        }
    }

    /// Handles one line read, or the end of the input. Read from a pipe, each line is echoed after its
    /// prompt; a terminal has echoed it already.
    private func take(_ line: PlainInput.Line) {
        switch line {
        case .line(let text):
            if !interactive { output((prompted ? "" : "orgtui> ") + Sanitizer.clean(text) + "\n") }
            prompted = false
            if let asking {
                answer(text, to: asking)
            } else {
                perform(text)
            }
        case .end:
            if prompted { output("\n") }
            prompted = false
            if let asking { answer("", to: asking) }
            quitting = true
        }
    }

    /// A profile's backend is open: the model learns of it after the loop works on it, as in the terminal UI.
    private func receive(_ event: Event) {
        awaited.answered(event)
        if case .profileSwitched(let name, _) = event {
            guard let connection = opener.takeProfile(name) else { return }
            runner?.cancelAll()
            runner = connection.backend.runner(answering: inbox)
            printer.backend = connection.label
            printer.wantHeader()
            keyMap = keyMap.hiding(connection.operations)
        }
        dispatch(event)
    }

    /// Answers a profile being opened that needs an API token: the line mode reads commands from standard
    /// input, so it does not ask for a token there.
    private func refuseTokenRequests() {
        _ = opener.askForTokens { name, _ in
            .failure(
                CLIFailure(
                    "The profile \(name) has no saved token: sign in with orgtui login --profile \(name), then "
                        + "switch again."))
        }
    }

    /// Sleeps until the inbox or the input wakes the loop; false when a signal says to stop.
    private func wait() -> Bool {
        var fds = [pollfd(fd: pipe.readFD, events: Int16(POLLIN), revents: 0)]
        _ = poll(&fds, 1, -1)
        pipe.drain()
        return SignalWatch.take().isDisjoint(with: [SIGINT, SIGTERM, SIGHUP])
    }
}

extension Backend {
    /// A runner on this backend that answers into `inbox`.
    fileprivate func runner(answering inbox: EventInbox) -> any EffectPerformer {
        EffectRunner(backend: self) { inbox.post($0) }
    }
}
