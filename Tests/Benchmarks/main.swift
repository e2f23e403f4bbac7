import Foundation
import SecretsCore
import SecrettyCrypto
import Vault

// secretty-bench: latency and throughput of the vault through the library API, and the unlock cost.
// Each section returns rows of one table; add a section by appending to `sections`.

// MARK: - Measurement

/// One measured row: a name, how many calls, their median latency and the calls per second overall.
struct BenchmarkRow {
    var name: String
    var calls: Int
    var median: Duration
    var p95: Duration
    var throughput: Double
}

/// Times each call of a body and summarises the timings.
func measure(_ name: String, calls: Int, _ body: (Int) async throws -> Void) async throws -> BenchmarkRow {
    let clock = ContinuousClock()
    var timings: [Duration] = []
    timings.reserveCapacity(calls)
    let start = clock.now
    for index in 0..<calls {
        let before = clock.now
        try await body(index)
        timings.append(clock.now - before)
    }
    let total = clock.now - start
    timings.sort()
    return BenchmarkRow(
        name: name, calls: calls, median: timings[timings.count / 2],
        p95: timings[min(timings.count - 1, timings.count * 95 / 100)],
        throughput: Double(calls) / total.seconds)
}

extension Duration {
    /// The duration in seconds, as a floating-point number.
    var seconds: Double { Double(components.seconds) + Double(components.attoseconds) / 1e18 }

    /// The duration in milliseconds with three decimals.
    var milliseconds: String { String(format: "%.3f", seconds * 1000) }
}

/// A scratch directory removed at the end of a section.
func withScratchDirectory<T>(_ body: (String) async throws -> T) async throws -> T {
    let path = FileManager.default.temporaryDirectory.appendingPathComponent("secretty-bench-\(UUID().uuidString)").path
    try FileManager.default.createDirectory(atPath: path, withIntermediateDirectories: true)
    defer { try? FileManager.default.removeItem(atPath: path) }
    return try await body(path)
}

// MARK: - Sections

/// 1,000 PutSecretValue (round-robin over 20 secrets) and 1,000 GetSecretValue on a vault of cost 2^10.
func vaultLibrarySection() async throws -> [BenchmarkRow] {
    try await withScratchDirectory { directory in
        let vault = try VaultBackend.create(
            path: directory + "/vault.db", passphrase: "bench", context: StoreContext(), kdfLogN: 10)
        let names = (0..<20).map { "bench/secret-\($0)" }
        for name in names {
            _ = try await vault.createSecret(
                CreateSecretRequest(name: name, clientRequestToken: SecureRandom().uuidString(), secretString: "{}"))
        }
        let value = "{\"username\":\"admin\",\"password\":\"" + String(repeating: "x", count: 40) + "\"}"
        let puts = try await measure("PutSecretValue", calls: 1_000) { index in
            _ = try await vault.putSecretValue(
                PutSecretValueRequest(
                    secretId: names[index % names.count], clientRequestToken: SecureRandom().uuidString(),
                    secretString: value))
        }
        let gets = try await measure("GetSecretValue", calls: 1_000) { index in
            _ = try await vault.getSecretValue(GetSecretValueRequest(secretId: names[index % names.count]))
        }
        return [puts, gets]
    }
}

/// Opening (unlocking) a vault at the default cost, 2^17: median of five opens.
func unlockSection() async throws -> [BenchmarkRow] {
    try await withScratchDirectory { directory in
        let path = directory + "/vault.db"
        _ = try VaultBackend.create(path: path, passphrase: "bench", context: StoreContext())
        let row = try await measure("open + unlock (scrypt 2^17, r=8, p=1)", calls: 5) { _ in
            _ = try VaultBackend.open(path: path, passphrase: "bench")
        }
        return [row]
    }
}

let sections: [(title: String, run: () async throws -> [BenchmarkRow])] = [
    ("Vault through the library API (scrypt cost 2^10)", vaultLibrarySection),
    ("Vault through the CLI, one process per call (scrypt cost 2^10)", vaultCLISection),
    ("Vault unlock at the default cost", unlockSection),
]

// MARK: - Report

func pad(_ text: String, _ width: Int, right: Bool = false) -> String {
    let padding = String(repeating: " ", count: max(0, width - text.count))
    return right ? padding + text : text + padding
}

/// The 1-, 5- and 15-minute load averages, so a noisy run shows as one.
func loadAverage() -> String {
    guard let text = try? String(contentsOfFile: "/proc/loadavg", encoding: .utf8) else { return "unknown" }
    return text.split(separator: " ").prefix(3).joined(separator: " ")
}

/// Calls per second: whole numbers, one decimal below ten.
func rate(_ value: Double) -> String {
    value < 10 ? String(format: "%.1f", value) : String(format: "%.0f", value)
}

print("secretty-bench (\(ProcessInfo.processInfo.activeProcessorCount) CPUs, load average \(loadAverage()))")
for section in sections {
    let rows = try await section.run()
    print("")
    print("## \(section.title)")
    print(
        pad("operation", 40) + pad("calls", 7, right: true) + pad("median ms", 12, right: true)
            + pad("p95 ms", 10, right: true) + pad("calls/s", 10, right: true))
    for row in rows {
        print(
            pad(row.name, 40) + pad(String(row.calls), 7, right: true) + pad(row.median.milliseconds, 12, right: true)
                + pad(row.p95.milliseconds, 10, right: true)
                + pad(rate(row.throughput), 10, right: true))
    }
}

// MARK: - AWS clients side by side (skipped, with a message, without moto_server or aws)

AWSBenchmark.run()

// MARK: - The TUI in tmux (parts skipped, with a message, without tmux or moto_server)

await TUIBenchmark.run()
