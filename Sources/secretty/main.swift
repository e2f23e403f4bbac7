import SecrettyCLI
import SecrettyCrypto

let random = SecureRandom()
SecrettyMain.main(seams: SecrettyMain.Seams(awsBackend: AWSBackendComposition.factory(random: random), random: random))
