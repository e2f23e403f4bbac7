import Foundation
import SecretsApp
import SecretsCore
import TerminalUI
import TestSupport
import Testing

@Suite("Label flows: promote, custom labels, undo")
struct LabelFlowTests {
    /// Opens postgres, focuses the versions pane and selects the version holding AWSPREVIOUS.
    func openPrevious(_ app: AppHarness) async throws -> (current: String, previous: String) {
        await app.start()
        await app.open("postgres")
        #expect(app.state.focus == .versions)
        let map = try await app.stages("prod/db/postgres")
        let current = try #require(LabelMap.holder(of: "AWSCURRENT", in: map))
        let previous = try #require(LabelMap.holder(of: "AWSPREVIOUS", in: map))
        await app.press(ListBindings.down)
        #expect(app.state.details?.selectedVersion?.versionId == previous)
        return (current, previous)
    }

    @Test("p previews the predicted moves, y sends UpdateSecretVersionStage, the observed moves follow")
    func promote() async throws {
        let app = try await AppHarness()
        let (current, previous) = try await openPrevious(app)
        let preview = await app.press(AppKeymap.promote)
        #expect(preview.isEmpty)
        #expect(app.state.predictedMoves.map(\.label) == ["AWSCURRENT", "AWSPREVIOUS"])
        #expect(app.state.predictedMoves.first?.toVersion == previous)
        #expect(app.screen().textGrid.contains("predicted"))
        await app.key(.char("y"))
        guard case .updateStages(_, let requests)? = app.lastEffects.first else {
            Issue.record("no update: \(app.lastEffects)")
            return
        }
        #expect(requests == [UpdateSecretVersionStageRequest(
            secretId: app.state.details!.arn, versionStage: "AWSCURRENT", removeFromVersionId: current,
            moveToVersionId: previous)])
        let map = try await app.stages("prod/db/postgres")
        #expect(map[previous] == ["AWSCURRENT"])
        #expect(map[current] == ["AWSPREVIOUS"])
        #expect(Set(app.state.observedMoves.map(\.label)) == ["AWSCURRENT", "AWSPREVIOUS"])
        #expect(app.state.predictedMoves.isEmpty)
        #expect(app.state.lastChange?.after == map)
    }

    @Test("n at the preview changes nothing")
    func promoteDeclined() async throws {
        let app = try await AppHarness()
        let (current, _) = try await openPrevious(app)
        await app.press(AppKeymap.promote)
        await app.key(.char("n"))
        #expect(app.lastEffects.isEmpty)
        #expect(LabelMap.holder(of: "AWSCURRENT", in: try await app.stages("prod/db/postgres")) == current)
        #expect(app.state.predictedMoves.isEmpty)
    }

    @Test("z moves every label of the last change back, after a preview")
    func undo() async throws {
        let app = try await AppHarness()
        let (current, previous) = try await openPrevious(app)
        let before = try await app.stages("prod/db/postgres")
        await app.press(AppKeymap.promote)
        await app.key(.char("y"))
        #expect(try await app.stages("prod/db/postgres") != before)
        await app.press(AppKeymap.undo)
        guard case .confirm(_, .stageUpdates(_, let requests, .undo))? = app.state.modal else {
            Issue.record("no undo preview: \(String(describing: app.state.modal))")
            return
        }
        #expect(requests.first == UpdateSecretVersionStageRequest(
            secretId: app.state.details!.arn, versionStage: "AWSCURRENT", removeFromVersionId: previous,
            moveToVersionId: current))
        await app.key(.char("y"))
        #expect(try await app.stages("prod/db/postgres") == before)
        #expect(app.state.lastChange?.kind == .undo)
    }

    @Test("z refuses with the reason when a label moved since, and sends nothing")
    func undoRefused() async throws {
        let app = try await AppHarness()
        let (current, previous) = try await openPrevious(app)
        await app.press(AppKeymap.promote)
        await app.key(.char("y"))
        _ = try await app.backend.updateSecretVersionStage(UpdateSecretVersionStageRequest(
            secretId: "prod/db/postgres", versionStage: "AWSCURRENT", removeFromVersionId: previous,
            moveToVersionId: current))
        await app.press(AppKeymap.undo)
        #expect(app.state.modal == nil)
        #expect(app.state.message?.text.contains("undo refused: AWSCURRENT moved since") == true)
        #expect(!app.lastEffects.contains { if case .updateStages = $0 { return true } else { return false } })
    }

    @Test("z undoes a write: the new version loses AWSCURRENT, nothing is deleted")
    func undoPut() async throws {
        let app = try await AppHarness()
        await app.start()
        await app.open("postgres")
        let arn = try #require(app.state.details?.arn)
        let before = try await app.stages("prod/db/postgres")
        app.state.lastChange = ChangeRecord(secretARN: arn, name: "prod/db/postgres", kind: .put, before: before)
        let put = try await app.backend.putSecretValue(PutSecretValueRequest(secretId: arn, clientRequestToken: "00000000-0000-4000-8000-000000000001", secretString: "{}"))
        app.state.lastChange?.after = try await app.stages("prod/db/postgres")
        await app.press(AppKeymap.undo)
        await app.key(.char("y"))
        let after = try await app.stages("prod/db/postgres")
        #expect(after == before)
        let versions = try await app.backend.listSecretVersionIds(ListSecretVersionIdsRequest(
            secretId: arn, includeDeprecated: true))
        #expect(versions.versions.contains { $0.versionId == put.versionId })
    }

    @Test("L puts a custom label on the selected version, and L again removes it")
    func customLabel() async throws {
        let app = try await AppHarness()
        let (_, previous) = try await openPrevious(app)
        await app.press(AppKeymap.label)
        await app.type("blue")
        await app.key(.enter)
        #expect(app.state.predictedMoves.map(\.label) == ["blue"])
        await app.key(.char("y"))
        #expect(try await app.stages("prod/db/postgres")[previous]?.contains("blue") == true)
        await app.press(AppKeymap.label)
        await app.type("blue")
        await app.key(.enter)
        await app.key(.char("y"))
        #expect(try await app.stages("prod/db/postgres")[previous]?.contains("blue") == false)
    }

    @Test("read-only: writing bindings say why and send nothing")
    func readOnly() async throws {
        let app = try await AppHarness(readOnly: true)
        _ = try await openPrevious(app)
        for id in [AppKeymap.promote, AppKeymap.undo, AppKeymap.label, AppKeymap.delete, AppKeymap.restore, AppKeymap.edit] {
            let effects = await app.press(id)
            #expect(effects.isEmpty, "\(id)")
            #expect(app.state.modal == nil, "\(id)")
            #expect(app.state.message?.text.hasSuffix("disabled (--read-only)") == true, "\(id)")
        }
        #expect(app.screen().textGrid.contains("READ-ONLY"))
    }

    @Test(":readonly on while a preview is open refuses the write")
    func readOnlyMidway() async throws {
        let app = try await AppHarness()
        let (current, _) = try await openPrevious(app)
        await app.press(AppKeymap.promote)
        let modal = app.state.modal
        await app.send(.input(.key(.escape)))
        await app.press(AppKeymap.command)
        await app.type("readonly on")
        await app.key(.enter)
        #expect(app.state.isReadOnly)
        app.state.modal = modal
        await app.key(.char("y"))
        #expect(LabelMap.holder(of: "AWSCURRENT", in: try await app.stages("prod/db/postgres")) == current)
    }
}
