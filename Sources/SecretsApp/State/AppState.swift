import Foundation
import SecretsCore
import TerminalUI

/// Everything the TUI shows and remembers, as one value; `AppReducer.reduce` is the only thing that changes it.
public struct AppState: Equatable, Sendable {
    // MARK: - Settings

    /// Where requests go (a vault path, a profile and region), for the status bar.
    public var backendName: String
    /// The keymap as configured (read-only mode is applied on top by `keymap`).
    public var baseKeymap: Keymap
    /// Whether writing bindings are disabled.
    public var isReadOnly: Bool
    /// Why writing is disabled (`--read-only`, a profile's setting).
    public var readOnlyReason: String
    /// The name of the theme in use.
    public var themeName: String
    /// The time zone dates are shown in.
    public var timeZone: TimeZone
    /// How long a revealed value stays revealed, in milliseconds.
    public var revealTimeoutMilliseconds: Int
    /// How long a copied value stays on the clipboard, in milliseconds.
    public var clipboardTimeoutMilliseconds: Int
    /// How long the selection must rest before the details follow, in milliseconds.
    public var selectionRestMilliseconds: Int
    /// Secrets asked for in the first ListSecrets page: a screenful, so the list shows at once.
    public var pageSize: Int
    /// Secrets asked for in each later page: the service's maximum, so a long list takes the fewest calls.
    public var laterPageSize = 100
    /// The most bytes `y` puts on the clipboard (OSC 52 sequences are capped by terminals).
    public var clipboardLimitBytes = Clipboard.defaultLimitBytes

    // MARK: - Screen

    /// The terminal size.
    public var size: Size
    /// The pane with the focus.
    public var focus: PaneID = .secrets
    /// What the screen is showing: browsing, the form or the review.
    public var mode: Mode = .browse
    /// The modal over the screen, if any.
    public var modal: Modal?
    /// The last message for the status bar.
    public var message: StatusMessage?
    /// The spinner's frame, advanced while requests run.
    public var spinnerFrame: Int = 0
    /// Set when the app should end; the loop exits.
    public var hasQuit = false

    // MARK: - Data

    /// The secrets list.
    public var secrets = SecretsList()
    /// The selected secret's details (versions, value, journal); they lag the selection until it rests.
    public var details: Details?
    /// The last write or label move, which `z` undoes.
    public var lastChange: ChangeRecord?
    /// Label moves observed after the last write (DescribeSecret before and after).
    public var observedMoves: [LabelMove] = []
    /// Label moves predicted for the write being previewed.
    public var predictedMoves: [LabelMove] = []
    /// Value rows revealed (by row key) and the generation of the re-mask timer.
    public var revealed: Set<String> = []
    /// Bumped at every reveal, so an older re-mask timer does nothing.
    public var revealGeneration = 0
    /// Bumped at every copy, so an older clear timer does nothing.
    public var clipboardGeneration = 0
    /// Bumped at every selection move, so an older rest timer does nothing.
    public var selectionGeneration = 0

    // MARK: - Requests

    /// Requests in flight, by id, with what their answer is for.
    public var pending: [RequestID: Purpose] = [:]
    /// The next request id.
    public var nextRequestID = 1

    /// A state for a backend and terminal.
    public init(
        backendName: String, size: Size, keymap: Keymap = AppKeymap.defaults, isReadOnly: Bool = false,
        readOnlyReason: String = "read-only mode", themeName: String = "default",
        timeZone: TimeZone = TimeZone(identifier: "UTC")!, revealTimeoutMilliseconds: Int = 30_000,
        clipboardTimeoutMilliseconds: Int = 30_000, selectionRestMilliseconds: Int = 150, pageSize: Int = 50
    ) {
        self.backendName = backendName
        self.size = size
        self.baseKeymap = keymap
        self.isReadOnly = isReadOnly
        self.readOnlyReason = readOnlyReason
        self.themeName = themeName
        self.timeZone = timeZone
        self.revealTimeoutMilliseconds = revealTimeoutMilliseconds
        self.clipboardTimeoutMilliseconds = clipboardTimeoutMilliseconds
        self.selectionRestMilliseconds = selectionRestMilliseconds
        self.pageSize = pageSize
    }

    /// The keymap in effect: the configured one, with writing bindings disabled in read-only mode.
    public var keymap: Keymap {
        isReadOnly ? baseKeymap.readOnly(reason: readOnlyReason) : baseKeymap
    }

    /// Whether any request is running (the spinner turns).
    public var isBusy: Bool { !pending.isEmpty }

    /// The selected secret in the (filtered) list.
    public var selectedSecret: SecretDescription? { secrets.selected }

    /// Whether an edit would be lost by leaving now.
    public var hasUnsavedEdits: Bool {
        mode.hasUnsavedEdits
    }
}

// MARK: - Parts

/// The panes of the browse screen, in Tab order.
public enum PaneID: String, CaseIterable, Equatable, Sendable {
    /// The secrets list.
    case secrets
    /// Versions and timeline.
    case versions
    /// The value.
    case value
}

/// A message in the status bar.
public struct StatusMessage: Equatable, Sendable {
    /// The text (drawn safely).
    public var text: String
    /// How it is drawn (`error`, `warning`, `success`, `muted`).
    public var role: ThemeRole

    /// A message of `text` in `role`.
    public init(_ text: String, role: ThemeRole = .muted) {
        self.text = text
        self.role = role
    }
}

/// An id that ties a request's answer to the request.
public struct RequestID: Hashable, Comparable, Sendable, CustomStringConvertible {
    /// The number.
    public var value: Int

    /// Id `value`.
    public init(_ value: Int) { self.value = value }

    /// Orders by number.
    public static func < (lhs: RequestID, rhs: RequestID) -> Bool { lhs.value < rhs.value }

    /// `#n`.
    public var description: String { "#\(value)" }
}
