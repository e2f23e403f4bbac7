import Foundation
import SecretsCore
import TerminalUI

// MARK: - Editing: the form

extension AppReducer {
    /// The length of a generated password.
    static let generatedPasswordLength = 32

    /// Keys of the form and review; nil while browsing.
    static func handleModeInput(_ state: inout AppState, _ event: KeyEvent) -> [Effect]? {
        switch state.mode {
        case .browse: return nil
        case .form(var form):
            if form.editor != nil {
                let effects = handleEditor(&state, &form, event)
                if case .form = state.mode { state.mode = .form(form) }
                return effects
            }
            return handleForm(&state, form, event)
        case .review(let review):
            return handleReview(&state, review, event)
        }
    }

    /// `e` opens the form on the value shown (AWSCURRENT); `n` asks for a new secret's name.
    static func handleEditBinding(_ state: inout AppState, _ id: String) -> [Effect] {
        if id == AppKeymap.new {
            let dialog = Dialog(
                title: "New secret", message: ["Name of the new secret:"], buttons: ["OK", "Cancel"],
                field: TextField(viewportWidth: 40, maxLength: 512))
            state.modal = .prompt(dialog, .newSecretName)
            return []
        }
        guard let secret = state.selectedSecret else { return [] }
        if secret.deletedDate != nil {
            state.message = StatusMessage("\(secret.name) is scheduled for deletion; R restores it first", role: .warning)
            return []
        }
        guard let details = state.details, details.arn == secret.arn, let value = details.value,
            value.versionStages.contains(StagingLabels.current), let secretValue = value.value
        else {
            state.message = StatusMessage("the value is still loading", role: .warning)
            return []
        }
        state.mode = .form(FormState(
            secretARN: secret.arn, name: secret.name, loadedVersionId: value.versionId, value: secretValue))
        state.revealed = []
        return []
    }

    /// The section order of the form.
    static let formSections = [AppKeymap.form, AppKeymap.global, ListBindings.section, AppKeymap.secret]

    /// A key in the form without an open editor.
    static func handleForm(_ state: inout AppState, _ form: FormState, _ event: KeyEvent) -> [Effect] {
        var form = form
        guard let binding = enabledBinding(&state, event, sections: formSections) else { return [] }
        defer { if case .form = state.mode { state.mode = .form(form) } }
        let rows = form.rowCount
        switch binding.id {
        case ListBindings.down, ListBindings.up, ListBindings.top, ListBindings.bottom, ListBindings.pageDown,
            ListBindings.pageUp:
            guard rows > 0 else { return [] }
            form.selection = target(binding.id, current: form.selection, count: rows,
                                    page: Layout.listRows(Layout(size: state.size).editor, header: true))
        case AppKeymap.formEdit:
            openEditor(&form)
        case AppKeymap.formAdd:
            guard form.form.mode == .fields else { return refuseRaw(&state) }
            state.modal = .prompt(Dialog(title: "Add key", message: ["Name of the new key:"], buttons: ["OK", "Cancel"],
                                         field: TextField(viewportWidth: 40)), .addKey)
        case AppKeymap.formDelete:
            guard form.form.mode == .fields, form.selection < rows else { return refuseRaw(&state) }
            let key = form.form.rows[form.selection].key
            do {
                try form.form.deleteKey(at: form.selection)
                form.selection = min(form.selection, max(0, form.rowCount - 1))
                state.message = StatusMessage("deleted key \(key)")
            } catch {
                state.message = StatusMessage(error.description, role: .error)
            }
        case AppKeymap.formRename:
            guard form.form.mode == .fields, form.selection < rows else { return refuseRaw(&state) }
            let key = form.form.rows[form.selection].key
            state.modal = .prompt(Dialog(title: "Rename key", message: ["New name of \(key):"], buttons: ["OK", "Cancel"],
                                         field: TextField(text: key, viewportWidth: 40)), .renameKey)
        case AppKeymap.formType:
            guard form.form.mode == .fields, form.selection < rows else { return refuseRaw(&state) }
            let row = form.form.rows[form.selection]
            let names = SecretFormValueType.allCases.map(\.rawValue).joined(separator: " ")
            state.modal = .prompt(Dialog(
                title: "Type", message: ["Type of \(row.key) (now \(row.type.rawValue)):", names],
                buttons: ["OK", "Cancel"], field: TextField(viewportWidth: 20)), .changeType)
        case AppKeymap.formGenerate:
            guard form.form.mode == .fields, form.selection < rows, form.form.rows[form.selection].type == .string
            else {
                state.message = StatusMessage("a password goes into a string value", role: .warning)
                return []
            }
            let id = state.begin(.generate)
            return [.generatePassword(id, GetRandomPasswordRequest(passwordLength: generatedPasswordLength))]
        case AppKeymap.formRaw:
            if form.form.mode == .fields {
                form.form.switchToRaw()
                form.selection = 0
                state.message = StatusMessage("raw text mode (Ctrl-X back to the keys)")
            } else {
                do {
                    try form.form.switchToFields()
                    state.message = StatusMessage("key/value mode")
                } catch {
                    state.message = StatusMessage(error.description, role: .error)
                }
            }
        case AppKeymap.formReview:
            return beginReview(&state, form)
        case AppKeymap.reveal:
            guard let id = formRowID(form) else { return [] }
            if state.revealed.contains(id) {
                state.revealed.remove(id)
                return []
            }
            state.revealed.insert(id)
            state.revealGeneration += 1
            return [.startTimer(.remask(state.revealGeneration), milliseconds: state.revealTimeoutMilliseconds)]
        case AppKeymap.back:
            if form.isChanged {
                state.modal = .confirm(Dialog.confirm(
                    title: "Leave", message: ["The form has changes.", "Leave and lose them?"]), .leaveForm)
            } else {
                state.mode = .browse
            }
        case AppKeymap.help:
            state.modal = .help(HelpOverlay(keymap: state.keymap, sections: formSections,
                                            viewportHeight: max(3, state.size.height - 4)))
        case AppKeymap.command:
            state.modal = .command(TextField(viewportWidth: max(1, state.size.width - 2)))
        case AppKeymap.quit:
            return quit(&state)
        default:
            break
        }
        return []
    }

    /// The reveal id of the selected form row.
    static func formRowID(_ form: FormState) -> String? {
        if form.form.mode == .raw { return "form:raw" }
        guard form.selection < form.form.rows.count else { return nil }
        return "form:" + form.form.rows[form.selection].key
    }

    /// Says that raw mode has no keys.
    static func refuseRaw(_ state: inout AppState) -> [Effect] {
        state.message = StatusMessage("raw text mode has no keys (Ctrl-X switches back)", role: .warning)
        return []
    }

    /// Opens the editor on the selected row: a field for scalars, an area for nested JSON and raw text.
    static func openEditor(_ form: inout FormState) {
        let width = 40
        if form.form.mode == .raw {
            form.editor = .area(TextArea(text: form.form.rawText, viewport: Size(width: width, height: 8)))
            return
        }
        guard form.selection < form.form.rows.count else { return }
        let row = form.form.rows[form.selection]
        switch row.type {
        case .object, .array:
            form.editor = .area(TextArea(text: row.text, viewport: Size(width: width, height: 8)))
        default:
            form.editor = .field(TextField(text: row.text, viewportWidth: width))
        }
    }

    /// A key while the editor is open: its keys win; Enter (Ctrl-S in an area) accepts, Esc cancels.
    static func handleEditor(_ state: inout AppState, _ form: inout FormState, _ event: KeyEvent) -> [Effect] {
        guard let editor = form.editor else { return [] }
        var accepted: String?
        switch editor {
        case .field(var field):
            switch field.handle(event) {
            case .submitted: accepted = field.text
            case .cancelled: form.editor = nil
            default:
                if event == .key(.ctrl("g")) { return generate(&state, form) }
                form.editor = .field(field)
            }
        case .area(var area):
            switch area.handle(event) {
            case .cancelled: form.editor = nil
            case .ignored where event == .key(.ctrl("s")) || event == .key(.ctrl("d")): accepted = area.text
            default: form.editor = .area(area)
            }
        }
        guard let text = accepted else { return [] }
        do {
            if form.form.mode == .raw {
                try form.form.setRawText(text)
            } else {
                try form.form.setValue(at: form.selection, to: text)
            }
            form.editor = nil
            state.message = nil
        } catch {
            state.message = StatusMessage(error.description, role: .error)
        }
        return []
    }

    /// Ctrl-G inside a value field: a generated password replaces its text.
    static func generate(_ state: inout AppState, _ form: FormState) -> [Effect] {
        guard form.form.mode == .fields, form.selection < form.form.rows.count,
            form.form.rows[form.selection].type == .string
        else { return [] }
        let id = state.begin(.generate)
        return [.generatePassword(id, GetRandomPasswordRequest(passwordLength: generatedPasswordLength))]
    }

    /// Answers of the editor's prompts.
    static func promptedInEditor(_ state: inout AppState, _ intent: PromptIntent, _ text: String) -> [Effect] {
        switch intent {
        case .newSecretName:
            let name = text.trimmingWhitespace
            guard !name.isEmpty else { return [] }
            state.mode = .form(FormState(secretARN: nil, name: name, loadedVersionId: nil, value: .string("{}")))
            state.revealed = []
            return []
        case .reviewStages:
            guard case .review(var review) = state.mode else { return [] }
            var stages: [String] = []
            for part in text.split(whereSeparator: { $0 == "," || $0 == " " }) where !stages.contains(String(part)) {
                stages.append(String(part))
            }
            review.stages = stages
            state.mode = .review(review)
            predictReview(&state)
            return []
        default:
            break
        }
        guard case .form(var form) = state.mode else { return [] }
        do {
            switch intent {
            case .addKey:
                try form.form.addKey(text)
                form.selection = form.form.rows.count - 1
                openEditor(&form)
            case .renameKey:
                try form.form.renameKey(at: form.selection, to: text)
            case .changeType:
                guard let type = SecretFormValueType(rawValue: text.trimmingWhitespace.lowercased()) else {
                    state.message = StatusMessage("no type '\(text)'", role: .error)
                    return []
                }
                try form.form.changeType(at: form.selection, to: type)
            default:
                break
            }
        } catch {
            state.message = StatusMessage(error.description, role: .error)
        }
        state.mode = .form(form)
        return []
    }

    // MARK: - Review

    /// Ctrl-S: builds the value and its diff, and checks with DescribeSecret that AWSCURRENT did not move.
    static func beginReview(_ state: inout AppState, _ form: FormState) -> [Effect] {
        let value: SecretValue
        do {
            value = try form.form.value()
        } catch {
            state.message = StatusMessage(error.description, role: .error)
            return []
        }
        let diff = form.form.diff()
        guard form.secretARN == nil || diff.hasChanges else {
            state.message = StatusMessage("nothing changed", role: .warning)
            return []
        }
        guard let arn = form.secretARN else {
            state.mode = .review(ReviewState(form: form, value: value, diff: diff, check: .newSecret))
            state.revealed = []
            return []
        }
        state.mode = .review(ReviewState(form: form, value: value, diff: diff, check: .checking))
        state.revealed = []
        let id = state.begin(.staleCheck(arn: arn))
        return [.describe(id, DescribeSecretRequest(secretId: arn))]
    }

    /// The label moves the review's write would make, by the shared rules.
    static func predictReview(_ state: inout AppState) {
        guard case .review(let review) = state.mode, let map = review.check.map, let arn = review.form.secretARN else {
            state.predictedMoves = []
            return
        }
        let newId = "(new)"
        let outcome = try? StagingLabels.apply(
            .addVersion(versionId: newId, stages: review.stages), to: LabelMap.entries(map, adding: [newId]),
            secretARN: arn, date: .distantPast, operation: .putSecretValue)
        state.predictedMoves = outcome?.moves ?? []
    }

    /// The section order of the review.
    static let reviewSections = [AppKeymap.review, AppKeymap.global, AppKeymap.secret]

    /// A key in the review.
    static func handleReview(_ state: inout AppState, _ review: ReviewState, _ event: KeyEvent) -> [Effect] {
        var review = review
        guard let binding = enabledBinding(&state, event, sections: reviewSections) else { return [] }
        switch binding.id {
        case AppKeymap.submit:
            guard !review.isSubmitting else { return [] }
            return submitOrConfirm(&state, review)
        case AppKeymap.stages:
            state.modal = .prompt(Dialog(
                title: "VersionStages", message: ["Labels the new version gets (comma-separated):"],
                buttons: ["OK", "Cancel"], field: TextField(text: review.stages.joined(separator: ", "), viewportWidth: 40)),
                .reviewStages)
        case AppKeymap.reveal:
            review.isRevealed.toggle()
            state.mode = .review(review)
            guard review.isRevealed else { return [] }
            state.revealGeneration += 1
            return [.startTimer(.remask(state.revealGeneration), milliseconds: state.revealTimeoutMilliseconds)]
        case AppKeymap.back:
            guard !review.isSubmitting else { return back(&state) }
            state.mode = .form(review.form)
            state.predictedMoves = []
        case AppKeymap.help:
            state.modal = .help(HelpOverlay(keymap: state.keymap, sections: reviewSections,
                                            viewportHeight: max(3, state.size.height - 4)))
        case AppKeymap.command:
            state.modal = .command(TextField(viewportWidth: max(1, state.size.width - 2)))
        case AppKeymap.quit:
            return quit(&state)
        default:
            break
        }
        return []
    }

    /// Enter in the review: the write when the check found AWSCURRENT where the form was loaded from, the
    /// conflict question when it moved, and, while the check runs, the write once its answer is in.
    static func submitOrConfirm(_ state: inout AppState, _ review: ReviewState) -> [Effect] {
        var review = review
        switch review.check {
        case .checking:
            review.submitWhenChecked = true
            state.mode = .review(review)
            state.message = StatusMessage("writing once the check shows AWSCURRENT has not moved…")
        case .conflict(_, let now, _):
            state.modal = .confirm(Dialog.confirm(
                title: "Conflict", message: [
                    "AWSCURRENT moved to \(now.map(shortVersion) ?? "no version") since the form was loaded.",
                    "Write anyway, over a value this form never showed?",
                ]), .overwrite)
        case .fresh, .newSecret:
            return submit(&state, review)
        }
        return []
    }

    /// Sends the write: PutSecretValue with the stages, or CreateSecret for a new secret.
    static func submit(_ state: inout AppState, _ review: ReviewState) -> [Effect] {
        guard !refuseWrite(&state) else { return [] }
        var review = review
        review.isSubmitting = true
        state.mode = .review(review)
        guard let arn = review.form.secretARN else {
            let id = state.begin(.create(name: review.form.name))
            state.message = StatusMessage("creating \(review.form.name)…")
            return [.create(id, CreateSecretRequest(
                name: review.form.name, secretBinary: review.value.secretBinary, secretString: review.value.secretString))]
        }
        state.lastChange = ChangeRecord(
            secretARN: arn, name: review.form.name, kind: .put, before: review.check.map ?? [:])
        let id = state.begin(.submit(arn: arn))
        state.message = StatusMessage("writing \(review.form.name)…")
        return [.put(id, PutSecretValueRequest(
            secretId: arn, secretBinary: review.value.secretBinary, secretString: review.value.secretString,
            versionStages: review.stages))]
    }

    /// The conflict's explicit overwrite: the write goes ahead against the version map as it is now.
    static func overwrite(_ state: inout AppState) -> [Effect] {
        guard case .review(var review) = state.mode, case .conflict(_, _, let map) = review.check else { return [] }
        review.check = .fresh(map: map)
        return submit(&state, review)
    }

    // MARK: - Answers

    /// Answers of the editor's requests.
    static func handleEditorResponse(_ state: inout AppState, _ purpose: Purpose, _ response: Response) -> [Effect] {
        switch (purpose, response) {
        case (.staleCheck(let arn), .described(let description)):
            guard case .review(var review) = state.mode, review.form.secretARN == arn else { return [] }
            let map = description.versionIdsToStages ?? [:]
            let now = LabelMap.holder(of: StagingLabels.current, in: map)
            if now == review.form.loadedVersionId {
                review.check = .fresh(map: map)
            } else {
                review.check = .conflict(loaded: review.form.loadedVersionId, now: now, map: map)
                state.message = StatusMessage("AWSCURRENT moved since the form was loaded", role: .warning)
            }
            let submitNow = review.submitWhenChecked
            review.submitWhenChecked = false
            state.mode = .review(review)
            predictReview(&state)
            if submitNow { return submitOrConfirm(&state, review) }
        case (.submit(let arn), .put(let response)):
            state.mode = .browse
            state.predictedMoves = []
            state.message = StatusMessage(
                "wrote version \(shortVersion(response.versionId)) (\(response.versionStages.joined(separator: ",")))",
                role: .success)
            let id = state.begin(.describeAfterWrite(arn: arn))
            return [.describe(id, DescribeSecretRequest(secretId: arn))] + refreshIfShown(&state, arn)
        case (.create, .created(let response)):
            state.mode = .browse
            state.message = StatusMessage("created \(response.name)", role: .success)
            return startListing(&state)
        case (.generate, .password(let password)):
            guard case .form(var form) = state.mode else { return [] }
            if case .field(var field)? = form.editor {
                field.text = password
                form.editor = .field(field)
            } else {
                do {
                    try form.form.setValue(at: form.selection, to: password)
                } catch {
                    state.message = StatusMessage(error.description, role: .error)
                }
            }
            state.mode = .form(form)
            state.message = StatusMessage("generated a \(password.count)-character password", role: .success)
        default:
            break
        }
        return []
    }

    /// Failures of the editor's requests.
    static func handleEditorFailure(_ state: inout AppState, _ purpose: Purpose, _ failure: RequestFailure) -> [Effect] {
        switch purpose {
        case .submit, .create:
            if case .review(var review) = state.mode {
                review.isSubmitting = false
                state.mode = .review(review)
            }
            if case .submit = purpose { state.lastChange = nil }
        case .staleCheck:
            if case .review(let review) = state.mode { state.mode = .form(review.form) }
        default:
            break
        }
        return []
    }
}
