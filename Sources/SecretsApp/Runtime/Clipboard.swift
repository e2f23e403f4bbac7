import Foundation

/// OSC 52 clipboard sequences, shaped for the terminal multiplexer in between.
///
/// Plain inside tmux (tmux takes it with `set -g set-clipboard on`), DCS-wrapped in chunks inside GNU screen
/// (`STY` set or `TERM=screen*`), plain otherwise.
public enum Clipboard {
    /// The most bytes copied: base64 of this fits the 100,000-byte limit some terminals put on OSC 52.
    public static let defaultLimitBytes = 74_994

    /// Where the sequence goes through.
    public enum Multiplexer: Equatable, Sendable {
        /// Straight to the terminal.
        case none
        /// tmux.
        case tmux
        /// GNU screen.
        case screen
    }

    /// The multiplexer the environment shows: `TMUX` first, then `STY` or a `screen` TERM.
    public static func multiplexer(environment: [String: String]) -> Multiplexer {
        if let tmux = environment["TMUX"], !tmux.isEmpty { return .tmux }
        if let sty = environment["STY"], !sty.isEmpty { return .screen }
        if environment["TERM"]?.hasPrefix("screen") == true { return .screen }
        return .none
    }

    /// The sequence that puts `text` on the clipboard, or nil when it is over `limitBytes`.
    public static func copySequence(_ text: String, multiplexer: Multiplexer, limitBytes: Int = defaultLimitBytes) -> String? {
        guard text.utf8.count <= limitBytes else { return nil }
        return wrap("\u{1B}]52;c;" + Data(utf8Of: text).base64EncodedString() + "\u{07}", multiplexer: multiplexer)
    }

    /// The sequence that empties the clipboard again.
    public static func clearSequence(multiplexer: Multiplexer) -> String {
        wrap("\u{1B}]52;c;\u{07}", multiplexer: multiplexer)
    }

    /// Screen passes a DCS string through to the terminal; it limits each string, so the sequence is split
    /// into chunks of 76 bytes, each its own DCS.
    static func wrap(_ sequence: String, multiplexer: Multiplexer) -> String {
        guard multiplexer == .screen else { return sequence }
        let bytes = Array(sequence.utf8)
        var out = ""
        var index = 0
        while index < bytes.count {
            let end = min(bytes.count, index + 76)
            out += "\u{1B}P" + String(decoding: bytes[index..<end], as: UTF8.self) + "\u{1B}\\"
            index = end
        }
        return out
    }
}
