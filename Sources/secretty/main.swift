import SecrettyCLI
import SecrettyCrypto

CryptoLibrary.skipCleanupAtExit()
var seams = SecrettyMain.Seams(prepare: LaunchWarmUp.run)
seams.awsBackend = AWSBackendComposition.factory(random: seams.random)
seams.tui = TUIComposition.runner(random: seams.random)
SecrettyMain.main(seams: seams)
