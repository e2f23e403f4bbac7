import Foundation
import SecretsCore
import SecrettyCrypto
import Vault

// vault-stress: put-secret-value writes round-robin over a set of secrets, one line on stdout per write
// that returned (`VersionId<TAB>name<TAB>counter`), for the crash and concurrency tests of the vault.
//
// Usage: vault-stress PATH --secrets N --writes N [--start K] [--prefix P] [--writer W] [--pause-ms MS]
//        [--alternate-passphrase OTHER] [--busy-timeout SECONDS]
// The passphrase comes from SECRETTY_PASSPHRASE. With --alternate-passphrase OTHER, the vault is opened with
// whichever of the two works, and after each write the passphrase is changed to the other one (reported as
// `passphrase<TAB>counter<TAB>first|other`). Missing secrets are created first. A write refused as busy
// is reported on stderr and retried; any other error ends the run with status 1.

/// The parsed command line.
struct StressOptions {
    var path = ""
    var secrets = 20
    var writes = 100
    var start = 0
    var prefix = "stress"
    var writer = "writer"
    var pauseMilliseconds = 0
    var alternatePassphrase: String?
    var busyTimeout: TimeInterval = VaultBackend.defaultBusyTimeout

    init(_ arguments: [String]) throws {
        var iterator = arguments.makeIterator()
        while let argument = iterator.next() {
            switch argument {
            case "--secrets": secrets = try Self.number(iterator.next(), argument)
            case "--writes": writes = try Self.number(iterator.next(), argument)
            case "--start": start = try Self.number(iterator.next(), argument)
            case "--prefix": prefix = iterator.next() ?? prefix
            case "--writer": writer = iterator.next() ?? writer
            case "--pause-ms": pauseMilliseconds = try Self.number(iterator.next(), argument)
            case "--alternate-passphrase": alternatePassphrase = iterator.next()
            case "--busy-timeout": busyTimeout = TimeInterval(try Self.number(iterator.next(), argument))
            default: path = argument
            }
        }
        guard !path.isEmpty else { throw LocalError.usage("usage: vault-stress PATH --secrets N --writes N") }
    }

    private static func number(_ text: String?, _ option: String) throws -> Int {
        guard let text, let value = Int(text), value >= 0 else { throw LocalError.usage("\(option) needs a number") }
        return value
    }
}

/// Writes one line to a file descriptor with a single write(2), so a line is either whole or absent.
func emit(_ line: String, to descriptor: Int32) {
    let bytes = Array((line + "\n").utf8)
    var offset = 0
    while offset < bytes.count {
        let written = bytes[offset...].withUnsafeBytes { write(descriptor, $0.baseAddress, $0.count) }
        if written <= 0 { return }
        offset += written
    }
}

/// Whether an error is the vault's clear busy refusal.
func isBusy(_ error: any Error) -> Bool {
    (error as? LocalError)?.summary.contains("vault is busy (held by another process)") == true
}

/// Retries a call while it is refused as busy, reporting each refusal on stderr.
func retryingBusy<T>(_ body: () async throws -> T) async throws -> T {
    while true {
        do {
            return try await body()
        } catch  where isBusy(error) {
            emit("busy: \(error)", to: 2)
        }
    }
}

let options: StressOptions
do {
    options = try StressOptions(Array(CommandLine.arguments.dropFirst()))
} catch {
    emit("\(error)", to: 2)
    exit(2)
}
let passphrase = ProcessInfo.processInfo.environment["SECRETTY_PASSPHRASE"] ?? ""

/// Opens the vault with the first passphrase, or with the alternate one when the first is refused.
func openVault() async throws -> (VaultBackend, usesFirst: Bool) {
    do {
        let vault = try await retryingBusy {
            try VaultBackend.open(path: options.path, passphrase: passphrase, busyTimeout: options.busyTimeout)
        }
        return (vault, true)
    } catch let error as LocalError where error.category == .configuration && options.alternatePassphrase != nil {
        let vault = try await retryingBusy {
            try VaultBackend.open(
                path: options.path, passphrase: options.alternatePassphrase ?? "", busyTimeout: options.busyTimeout)
        }
        return (vault, false)
    }
}

do {
    let (vault, openedWithFirst) = try await openVault()
    var usesFirst = openedWithFirst
    let names = (0..<options.secrets).map { "\(options.prefix)/secret-\($0)" }
    for name in names {
        do {
            _ = try await retryingBusy {
                try await vault.describeSecret(DescribeSecretRequest(secretId: name))
            }
        } catch let error as ServiceError where error.code == ServiceError.Code.resourceNotFound {
            let token = SecureRandom().uuidString()
            do {
                _ = try await retryingBusy {
                    try await vault.createSecret(
                        CreateSecretRequest(name: name, clientRequestToken: token, secretString: "initial"))
                }
            } catch let error as ServiceError where error.code == ServiceError.Code.resourceExists {
                // Another process created it first.
            }
        }
    }
    for counter in options.start..<(options.start + options.writes) {
        let name = names[counter % names.count]
        let token = SecureRandom().uuidString()
        let response = try await retryingBusy {
            try await vault.putSecretValue(
                PutSecretValueRequest(
                    secretId: name, clientRequestToken: token,
                    secretString: "{\"writer\":\"\(options.writer)\",\"counter\":\(counter)}"))
        }
        emit("\(response.versionId)\t\(name)\t\(counter)", to: 1)
        if let other = options.alternatePassphrase {
            try await retryingBusy { try vault.changePassphrase(to: usesFirst ? other : passphrase) }
            usesFirst.toggle()
            emit("passphrase\t\(counter)\t\(usesFirst ? "first" : "other")", to: 1)
        }
        if options.pauseMilliseconds > 0 { usleep(UInt32(options.pauseMilliseconds) * 1_000) }
    }
} catch {
    emit("error: \(error)", to: 2)
    exit(1)
}
