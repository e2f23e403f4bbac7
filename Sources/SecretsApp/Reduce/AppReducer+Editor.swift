import SecretsCore
import TerminalUI

// MARK: - Editing (form and review)

extension AppReducer {
    /// Keys of the form and review; nil while browsing.
    static func handleModeInput(_ state: inout AppState, _ event: KeyEvent) -> [Effect]? {
        switch state.mode {
        case .browse: return nil
        }
    }

    /// `e` and `n`.
    static func handleEditBinding(_ state: inout AppState, _ id: String) -> [Effect] {
        state.message = StatusMessage("editing is not available in this build", role: .warning)
        return []
    }

    /// Answers of the editor's prompts.
    static func promptedInEditor(_ state: inout AppState, _ intent: PromptIntent, _ text: String) -> [Effect] {
        []
    }

    /// Answers of the editor's requests.
    static func handleEditorResponse(_ state: inout AppState, _ purpose: Purpose, _ response: Response) -> [Effect] {
        []
    }

    /// Failures of the editor's requests.
    static func handleEditorFailure(_ state: inout AppState, _ purpose: Purpose, _ failure: RequestFailure) -> [Effect] {
        []
    }
}
