import SecrettyCLI
import SecrettyCrypto

CryptoLibrary.skipCleanupAtExit()
LaunchWarmUp.begin()
var seams = SecrettyMain.Seams()
seams.awsBackend = AWSBackendComposition.factory(random: seams.random)
seams.tui = TUIComposition.runner(random: seams.random)
SecrettyMain.main(seams: seams)
