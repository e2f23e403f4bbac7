import Foundation
import SecretsCore

/// The command-line entry point.
public enum SecrettyMain {
    /// Parses the command line, runs it and exits with the aws CLI v2 exit code.
    public static func main() {
        FileHandle.standardError.write(Data("secretty: not built yet\n".utf8))
        exit(ErrorCategory.failure.rawValue)
    }
}
