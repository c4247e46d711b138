import Foundation

/// The OSC 52 escape sequence that asks the terminal (local, or at the far end of ssh) to put text on
/// the system clipboard.
enum OSC52 {
    /// `ESC ] 52 ; c ; base64(text) BEL`.
    static func sequence(copying text: String) -> String {
        "\u{1B}]52;c;" + Data(text.utf8).base64EncodedString() + "\u{07}"
    }
}
