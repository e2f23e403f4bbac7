import Foundation
import SecretsApp
import SecretsCore
import TerminalUI
import TestSupport
import Testing

@Suite("Edit, review, conflict, submit")
struct EditFlowTests {
    /// Opens the form on prod/db/postgres with the password row selected.
    func editPassword(_ app: AppHarness) async throws {
        await app.start()
        await app.open("postgres")
        await app.press(AppKeymap.edit)
        guard case .form(let form) = app.state.mode else {
            Issue.record("no form: \(app.state.message?.text ?? "")")
            return
        }
        #expect(form.form.rows.map(\.key) == ["username", "password", "port", "ssl"])
        await app.press(ListBindings.down)
    }

    func formOf(_ app: AppHarness) -> FormState? {
        if case .form(let form) = app.state.mode { form } else { nil }
    }

    func reviewOf(_ app: AppHarness) -> ReviewState? {
        if case .review(let review) = app.state.mode { review } else { nil }
    }

    @Test("edit one field, review (masked diff, fresh check, predicted moves), submit: other keys, types and order intact")
    func editSubmit() async throws {
        let app = try await AppHarness()
        try await editPassword(app)
        let before = try await app.stages("prod/db/postgres")
        let oldCurrent = try #require(LabelMap.holder(of: "AWSCURRENT", in: before))
        await app.press(AppKeymap.formEdit)
        #expect(app.screen().textGrid.contains("third-pw"))
        await app.key(.ctrl("u"))
        await app.type("fourth-pw")
        await app.key(.enter)
        #expect(formOf(app)?.editor == nil)
        #expect(formOf(app)?.isChanged == true)
        #expect(!app.screen().textGrid.contains("fourth-pw"))
        let effects = await app.press(AppKeymap.formReview)
        #expect(effects.contains { if case .describe = $0 { return true } else { return false } })
        let review = try #require(reviewOf(app))
        #expect(review.check == .fresh(map: before))
        #expect(review.diff.changes.map(\.key) == ["password"])
        #expect(app.state.predictedMoves.map(\.label) == ["AWSCURRENT", "AWSPREVIOUS"])
        let screen = app.screen().textGrid
        #expect(screen.contains("~ password"))
        #expect(!screen.contains("fourth-pw") && !screen.contains("third-pw"))
        await app.press(AppKeymap.submit)
        #expect(app.state.mode == .browse)
        let value = try await app.backend.getSecretValue(GetSecretValueRequest(secretId: "prod/db/postgres"))
        #expect(value.secretString == #"{"username":"app","password":"fourth-pw","port":5432,"ssl":true}"#)
        let after = try await app.stages("prod/db/postgres")
        #expect(after[value.versionId] == ["AWSCURRENT"])
        #expect(after[oldCurrent] == ["AWSPREVIOUS"])
        #expect(app.state.observedMoves.map(\.label) == ["AWSCURRENT", "AWSPREVIOUS"])
        #expect(app.state.lastChange?.kind == .put)
        #expect(app.state.details?.value?.versionId == value.versionId)
    }

    @Test("z after a submit moves AWSCURRENT and AWSPREVIOUS back; the written version stays")
    func undoSubmit() async throws {
        let app = try await AppHarness()
        try await editPassword(app)
        let before = try await app.stages("prod/db/postgres")
        await app.press(AppKeymap.formEdit)
        await app.type("-undo")
        await app.key(.enter)
        await app.press(AppKeymap.formReview)
        await app.press(AppKeymap.submit)
        let written = try await app.backend.getSecretValue(GetSecretValueRequest(secretId: "prod/db/postgres"))
        await app.press(AppKeymap.undo)
        guard case .confirm(_, .stageUpdates(_, _, .undo))? = app.state.modal else {
            Issue.record("no undo preview: \(app.state.message?.text ?? "")")
            return
        }
        #expect(app.state.predictedMoves.map(\.label) == ["AWSCURRENT", "AWSPREVIOUS"])
        await app.key(.char("y"))
        #expect(try await app.stages("prod/db/postgres") == before)
        let versions = try await app.backend.listSecretVersionIds(ListSecretVersionIdsRequest(
            secretId: "prod/db/postgres", includeDeprecated: true))
        #expect(versions.versions.contains { $0.versionId == written.versionId })
    }

    @Test("AWSCURRENT moved since the form was loaded: a conflict view, no write until asked")
    func conflict() async throws {
        let app = try await AppHarness()
        try await editPassword(app)
        await app.press(AppKeymap.formEdit)
        await app.type("-changed")
        await app.key(.enter)
        let other = try await app.backend.putSecretValue(PutSecretValueRequest(
            secretId: "prod/db/postgres", clientRequestToken: "00000000-0000-4000-8000-0000000000aa",
            secretString: #"{"username":"app","password":"someone-else"}"#))
        await app.press(AppKeymap.formReview)
        guard case .conflict(_, let now, _)? = reviewOf(app)?.check else {
            Issue.record("no conflict: \(String(describing: reviewOf(app)?.check))")
            return
        }
        #expect(now == other.versionId)
        #expect(app.screen().textGrid.contains("CONFLICT"))
        await app.press(AppKeymap.submit)
        #expect(app.lastEffects.isEmpty)
        await app.key(.char("n"))
        let unchanged = try await app.backend.getSecretValue(GetSecretValueRequest(secretId: "prod/db/postgres"))
        #expect(unchanged.versionId == other.versionId)
        await app.press(AppKeymap.submit)
        await app.key(.char("y"))
        let written = try await app.backend.getSecretValue(GetSecretValueRequest(secretId: "prod/db/postgres"))
        #expect(written.secretString?.contains("third-pw-changed") == true)
        #expect(app.state.mode == .browse)
    }

    /// Appends `suffix` to the password and opens the review, leaving its stale check unanswered; the check.
    func reviewWithCheckPending(_ app: AppHarness, appending suffix: String) async throws -> Effect {
        try await editPassword(app)
        await app.press(AppKeymap.formEdit)
        await app.type(suffix)
        await app.key(.enter)
        return try #require(await app.press(AppKeymap.formReview, runRequests: false).first {
            if case .describe = $0 { return true } else { return false }
        })
    }

    @Test("Enter while the stale check runs: nothing is sent until its answer, then the write follows")
    func submitDuringCheck() async throws {
        let app = try await AppHarness()
        let check = try await reviewWithCheckPending(app, appending: "-early")
        #expect(reviewOf(app)?.check == .checking)
        let pressed = await app.press(AppKeymap.submit, runRequests: false)
        #expect(!pressed.contains { if case .put = $0 { return true } else { return false } })
        #expect(reviewOf(app)?.submitWhenChecked == true)
        #expect(app.state.message?.text.contains("once the check") == true)
        let answer = try #require(await app.performer.perform(check))
        let followed = await app.send(answer)
        #expect(followed.contains { if case .put = $0 { return true } else { return false } })
        #expect(app.state.mode == .browse)
        let written = try await app.backend.getSecretValue(GetSecretValueRequest(secretId: "prod/db/postgres"))
        #expect(written.secretString?.contains("third-pw-early") == true)
    }

    @Test("Enter while the stale check runs, and AWSCURRENT moved: the conflict question, no write")
    func submitDuringCheckConflict() async throws {
        let app = try await AppHarness()
        let check = try await reviewWithCheckPending(app, appending: "-late")
        await app.press(AppKeymap.submit, runRequests: false)
        let other = try await app.backend.putSecretValue(PutSecretValueRequest(
            secretId: "prod/db/postgres", clientRequestToken: "00000000-0000-4000-8000-0000000000bb",
            secretString: #"{"username":"app","password":"someone-else"}"#))
        let answer = try #require(await app.performer.perform(check))
        let followed = await app.send(answer)
        #expect(!followed.contains { if case .put = $0 { return true } else { return false } })
        guard case .confirm(_, .overwrite)? = app.state.modal else {
            Issue.record("no conflict question: \(String(describing: app.state.modal))")
            return
        }
        let unchanged = try await app.backend.getSecretValue(GetSecretValueRequest(secretId: "prod/db/postgres"))
        #expect(unchanged.versionId == other.versionId)
    }

    @Test("Esc from the review goes back to the form; Esc from a changed form asks first")
    func backAndLeave() async throws {
        let app = try await AppHarness()
        try await editPassword(app)
        await app.press(AppKeymap.formDelete)
        await app.press(AppKeymap.formReview)
        #expect(reviewOf(app) != nil)
        await app.press(AppKeymap.back)
        #expect(formOf(app)?.form.rows.count == 3)
        await app.press(AppKeymap.back)
        guard case .confirm(_, .leaveForm)? = app.state.modal else {
            Issue.record("no question")
            return
        }
        await app.key(.char("y"))
        #expect(app.state.mode == .browse)
        #expect(try await app.backend.getSecretValue(GetSecretValueRequest(secretId: "prod/db/postgres"))
            .secretString?.contains("password") == true)
    }

    @Test("q with unsaved edits asks; n stays")
    func quitAsks() async throws {
        let app = try await AppHarness()
        try await editPassword(app)
        await app.press(AppKeymap.formDelete)
        await app.press(AppKeymap.quit)
        #expect(!app.state.hasQuit)
        await app.key(.char("n"))
        #expect(formOf(app) != nil)
    }

    @Test("s edits the VersionStages: AWSPENDING only leaves AWSCURRENT where it is")
    func stages() async throws {
        let app = try await AppHarness()
        try await editPassword(app)
        let before = try await app.stages("prod/db/postgres")
        await app.press(AppKeymap.formEdit)
        await app.type("-pending")
        await app.key(.enter)
        await app.press(AppKeymap.formReview)
        await app.press(AppKeymap.stages)
        await app.key(.ctrl("u"))
        await app.type("AWSPENDING")
        await app.key(.enter)
        #expect(reviewOf(app)?.stages == ["AWSPENDING"])
        #expect(app.state.predictedMoves.map(\.label) == ["AWSPENDING"])
        await app.press(AppKeymap.submit)
        let after = try await app.stages("prod/db/postgres")
        #expect(LabelMap.holder(of: "AWSCURRENT", in: after) == LabelMap.holder(of: "AWSCURRENT", in: before))
        let pending = try #require(LabelMap.holder(of: "AWSPENDING", in: after))
        let value = try await app.backend.getSecretValue(GetSecretValueRequest(secretId: "prod/db/postgres", versionId: pending))
        #expect(value.secretString?.contains("third-pw-pending") == true)
    }

    @Test("add, rename, change type, delete; raw mode round trip; the value keeps untouched members' bytes")
    func formOperations() async throws {
        let app = try await AppHarness()
        try await editPassword(app)
        await app.press(AppKeymap.formAdd)
        await app.type("region")
        await app.key(.enter)
        await app.type("eu-west-1")
        await app.key(.enter)
        await app.press(ListBindings.top)
        await app.press(AppKeymap.formRename)
        await app.key(.ctrl("u"))
        await app.type("user")
        await app.key(.enter)
        await app.press(ListBindings.down)
        await app.press(ListBindings.down)
        await app.press(AppKeymap.formType)
        await app.type("string")
        await app.key(.enter)
        await app.press(ListBindings.down)
        await app.press(AppKeymap.formDelete)
        #expect(formOf(app)?.form.rows.map(\.key) == ["user", "password", "port", "region"])
        await app.press(AppKeymap.formRaw)
        #expect(formOf(app)?.form.mode == .raw)
        await app.press(AppKeymap.formRaw)
        #expect(formOf(app)?.form.mode == .fields)
        let value = try #require(formOf(app)).form.value()
        #expect(value == .string(#"{"user":"app","password":"third-pw","port":"5432","region":"eu-west-1"}"#))
        await app.press(AppKeymap.formType)
        await app.type("nonsense")
        await app.key(.enter)
        #expect(app.state.message?.role == .error)
    }

    @Test("Ctrl-G generates a password into the selected string value")
    func generate() async throws {
        let app = try await AppHarness()
        try await editPassword(app)
        await app.press(AppKeymap.formGenerate)
        let text = try #require(formOf(app)?.form.rows[1].text)
        #expect(text.count == 32)
        #expect(text != "third-pw")
    }

    @Test("n creates a new secret through the form and review")
    func newSecret() async throws {
        let app = try await AppHarness()
        await app.start()
        await app.press(AppKeymap.new)
        await app.type("prod/new/one")
        await app.key(.enter)
        await app.press(AppKeymap.formAdd)
        await app.type("token")
        await app.key(.enter)
        await app.type("abc")
        await app.key(.enter)
        await app.press(AppKeymap.formReview)
        #expect(reviewOf(app)?.check == .newSecret)
        await app.press(AppKeymap.submit)
        let value = try await app.backend.getSecretValue(GetSecretValueRequest(secretId: "prod/new/one"))
        #expect(value.secretString == #"{"token":"abc"}"#)
        #expect(app.state.secrets.all.contains { $0.name == "prod/new/one" })
    }

    @Test("a plain-text secret opens in raw mode and edits as text")
    func rawText() async throws {
        let app = try await AppHarness()
        await app.start()
        await app.open("prod/api/token")
        await app.press(AppKeymap.edit)
        #expect(formOf(app)?.form.mode == .raw)
        await app.press(AppKeymap.formEdit)
        await app.key(.end)
        await app.type("-2")
        await app.key(.ctrl("s"))
        await app.press(AppKeymap.formReview)
        await app.press(AppKeymap.submit)
        let value = try await app.backend.getSecretValue(GetSecretValueRequest(secretId: "prod/api/token"))
        #expect(value.secretString == "tok-plain-text-2")
    }

    @Test("read-only: e and the review are disabled")
    func readOnly() async throws {
        let app = try await AppHarness(readOnly: true)
        await app.start()
        await app.open("postgres")
        await app.press(AppKeymap.edit)
        #expect(app.state.mode == .browse)
    }

    @Test("form and review snapshots", arguments: ScreenSnapshotTests.sizes)
    func snapshots(size: Size) async throws {
        let app = try await AppHarness(size: size)
        try await editPassword(app)
        await app.press(AppKeymap.formEdit)
        await app.type("-x")
        Snapshot.assertBuffer(app.screen(), named: "form-editing-\(size)")
        await app.key(.enter)
        Snapshot.assertBuffer(app.screen(), named: "form-\(size)")
        await app.press(AppKeymap.formReview)
        Snapshot.assertBuffer(app.screen(), named: "review-\(size)")
        await app.press(AppKeymap.back)
        _ = try await app.backend.putSecretValue(PutSecretValueRequest(
            secretId: "prod/db/postgres", clientRequestToken: "00000000-0000-4000-8000-0000000000bb",
            secretString: "{}"))
        await app.press(AppKeymap.formReview)
        Snapshot.assertBuffer(app.screen(), named: "conflict-\(size)")
    }
}
