import Foundation
import SecretsCore
import TerminalUI

// MARK: - Modals

extension AppReducer {
    /// Gives the event to the modal; its keys win over every binding.
    static func handleModal(_ state: inout AppState, _ event: KeyEvent) -> [Effect] {
        guard let modal = state.modal else { return [] }
        switch modal {
        case .help(var overlay):
            if overlay.handle(event) == .cancelled {
                state.modal = nil
            } else {
                state.modal = .help(overlay)
            }
        case .command(var field):
            switch field.handle(event) {
            case .submitted:
                state.modal = nil
                return runCommand(&state, field.text)
            case .cancelled:
                state.modal = nil
            default:
                state.modal = .command(field)
            }
        case .filter(var field):
            let arn = state.selectedSecret?.arn
            let outcome = field.handle(event)
            switch outcome {
            case .submitted:
                state.modal = nil
                state.secrets.filter = field.text
            case .cancelled:
                state.modal = nil
                state.secrets.filter = ""
            default:
                state.modal = .filter(field)
                state.secrets.filter = field.text
            }
            state.secrets.select(arn: arn)
            if state.secrets.selection == nil, !state.secrets.visible.isEmpty { state.secrets.select(0) }
            return selectionMoved(&state)
        case .confirm(var dialog, let intent):
            switch dialog.handle(event) {
            case .submitted:
                state.modal = nil
                return confirmed(&state, intent)
            case .cancelled:
                state.modal = nil
                state.predictedMoves = []
                state.message = StatusMessage("nothing changed")
            default:
                state.modal = .confirm(dialog, intent)
            }
        case .prompt(var dialog, let intent):
            switch dialog.handle(event) {
            case .submitted:
                state.modal = nil
                let text = dialog.field?.text ?? ""
                if dialog.selectedButton != 0 { return [] }
                return prompted(&state, intent, text)
            case .cancelled:
                state.modal = nil
            default:
                state.modal = .prompt(dialog, intent)
            }
        case .notice(var dialog):
            switch dialog.handle(event) {
            case .submitted, .cancelled: state.modal = nil
            default: state.modal = .notice(dialog)
            }
        }
        return []
    }

    /// What a yes does.
    static func confirmed(_ state: inout AppState, _ intent: ConfirmIntent) -> [Effect] {
        switch intent {
        case .quit:
            state.hasQuit = true
            return [.quit]
        case .overwrite:
            return overwrite(&state)
        case .leaveForm:
            state.mode = .browse
            state.message = StatusMessage("edit discarded", role: .warning)
            return []
        case .restore(let arn, let name):
            guard !refuseWrite(&state) else { return [] }
            let id = state.begin(.restore(arn: arn))
            state.message = StatusMessage("restoring \(name)…")
            return [.restore(id, RestoreSecretRequest(secretId: arn))]
        case .stageUpdates(let arn, let requests, let kind):
            guard !refuseWrite(&state) else { return [] }
            let before = state.details?.arn == arn ? state.details?.stageMap ?? [:] : [:]
            state.lastChange = ChangeRecord(
                secretARN: arn, name: state.details?.name ?? arn, kind: kind, before: before)
            let id = state.begin(.stageUpdate(arn: arn, kind: kind))
            state.message = StatusMessage("\(kind.rawValue): moving labels…")
            return [.updateStages(id, requests)]
        }
    }

    /// Whether a write must be refused because the app is read-only (then it says so).
    static func refuseWrite(_ state: inout AppState) -> Bool {
        guard state.isReadOnly else { return false }
        state.predictedMoves = []
        state.message = StatusMessage("refused: \(state.readOnlyReason)", role: .warning)
        return true
    }

    /// What a prompt's answer does.
    static func prompted(_ state: inout AppState, _ intent: PromptIntent, _ text: String) -> [Effect] {
        switch intent {
        case .deleteSecret(let arn, let name):
            guard text == name else {
                state.message = StatusMessage("the name did not match; nothing deleted", role: .warning)
                return []
            }
            guard !refuseWrite(&state) else { return [] }
            let id = state.begin(.delete(arn: arn))
            state.message = StatusMessage("deleting \(name)…")
            return [.delete(id, DeleteSecretRequest(secretId: arn))]
        case .customLabel(let arn, let versionId):
            return customLabel(&state, arn: arn, versionId: versionId, label: text.trimmingWhitespace)
        case .vaultPassphrase(let path):
            state.message = StatusMessage("opening vault \(path)…")
            return [.switchBackend(.unlockVault(path: path, passphrase: text))]
        default:
            return promptedInEditor(&state, intent, text)
        }
    }

    // MARK: - Commands

    /// Runs a `:` command line.
    static func runCommand(_ state: inout AppState, _ line: String) -> [Effect] {
        let command: AppCommand
        do {
            command = try CommandParser.parse(line)
        } catch {
            state.message = StatusMessage(error.description, role: .error)
            return []
        }
        switch command {
        case .profile(let name):
            state.message = StatusMessage("switching to profile \(name)…")
            return [.switchBackend(.profile(name))]
        case .region(let name):
            state.message = StatusMessage("switching to region \(name)…")
            return [.switchBackend(.region(name))]
        case .vault(let path):
            state.message = StatusMessage("opening vault \(path)…")
            return [.switchBackend(.vault(path))]
        case .theme(let name):
            return [.loadTheme(name)]
        case .readOnly(let on):
            state.isReadOnly = on
            if on { state.readOnlyReason = "read-only mode (:readonly on)" }
            state.message = StatusMessage(on ? "read-only: writing keys are off" : "read-write", role: .success)
            return []
        case .quit:
            return quit(&state)
        }
    }
}
