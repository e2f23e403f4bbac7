import Foundation
import SecretsCore

/// Where tasks running effects post their results for the loop's thread to pick up.
final class ActionInbox: @unchecked Sendable {
    /// A posted message.
    enum Message: Sendable {
        /// An action for the reducer.
        case action(Action)
        /// A backend opened by a switch, with its display name.
        case backend(any SecretsBackend)
    }

    private let lock = NSLock()
    private var messages: [Message] = []

    /// Posts a message from any thread.
    func post(_ message: Message) {
        lock.lock()
        messages.append(message)
        lock.unlock()
    }

    /// Takes every posted message, oldest first.
    func drain() -> [Message] {
        lock.lock()
        defer { lock.unlock() }
        let taken = messages
        messages.removeAll()
        return taken
    }
}
