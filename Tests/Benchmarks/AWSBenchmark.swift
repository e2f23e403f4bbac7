import Foundation

#if canImport(Glibc)
    import Glibc
#endif

// MARK: - AWS: one GetSecretValue, three clients, one moto

/// The AWS section of `make bench`: the same GetSecretValue against the same moto_server, run as a whole process
/// by `secretty`, by `aws secretsmanager` and by `curl --aws-sigv4`, interleaved, with medians and ratios.
///
/// Skipped, with a message, when moto_server, aws, curl or the secretty binary (`SECRETTY_BIN`) is missing.
enum AWSBenchmark {
    /// Runs of each client.
    static let runs = 30
    /// The aim: secretty at least this many times faster than the aws CLI …
    static let targetVersusAWSCLI = 20.0
    /// … and at most this many times slower than curl.
    static let targetVersusCurl = 1.5

    /// Prints the section (or why it was skipped).
    static func run() {
        print("")
        print("## AWS GetSecretValue against one moto_server: whole processes, \(runs) runs each, interleaved")
        do {
            guard let tools = try Tools.find() else { return }
            try measure(with: tools)
        } catch {
            print("AWS section failed: \(error)")
        }
    }

    // MARK: - Tools

    /// The three clients and moto.
    struct Tools {
        var moto: String
        var aws: String
        var curl: String
        var secretty: String

        /// Finds every tool; prints why the section is skipped and returns `nil` when one is missing.
        static func find() throws -> Tools? {
            var missing: [String] = []
            let moto = executableOnPath("moto_server")
            let aws = executableOnPath("aws")
            let curl = executableOnPath("curl")
            if moto == nil { missing.append("moto_server is not on PATH (make test-deps)") }
            if aws == nil { missing.append("the aws CLI is not on PATH") }
            if curl == nil { missing.append("curl is not on PATH") }
            let secretty = secrettyBinary()
            if !FileManager.default.isExecutableFile(atPath: secretty) {
                missing.append("no secretty binary at \(secretty) (set SECRETTY_BIN)")
            }
            guard let moto, let aws, let curl, missing.isEmpty else {
                print("skipped: " + missing.joined(separator: "; "))
                return nil
            }
            return Tools(moto: moto, aws: aws, curl: curl, secretty: secretty)
        }
    }

    // MARK: - Measuring

    static let secretName = "bench/aws/database"
    static let secretValue = #"{"username":"admin","password":"correct horse battery staple","port":5432}"#

    private static func measure(with tools: Tools) throws {
        let scratch = FileManager.default.temporaryDirectory.appendingPathComponent(
            "secretty-bench-aws-\(UUID().uuidString)")
        try FileManager.default.createDirectory(at: scratch, withIntermediateDirectories: true)
        defer { try? FileManager.default.removeItem(at: scratch) }
        let moto = try BenchMoto.plain(executable: tools.moto, logPath: scratch.appendingPathComponent("moto.log").path)
        defer { moto.stop() }
        let endpoint = "http://127.0.0.1:\(moto.port)"
        let accessKey = "AKIDBENCHMARK0000000"
        let secretKey = "bench/secret/key/0000000000000000000000"
        // The same clean environment for every client: keys in variables, no shared files, no instance metadata.
        let environment = [
            "PATH": ProcessInfo.processInfo.environment["PATH"] ?? "/usr/bin:/bin",
            "HOME": scratch.path, "LANG": "C.UTF-8", "TZ": "UTC",
            "AWS_ACCESS_KEY_ID": accessKey, "AWS_SECRET_ACCESS_KEY": secretKey,
            "AWS_CONFIG_FILE": scratch.appendingPathComponent("none").path,
            "AWS_SHARED_CREDENTIALS_FILE": scratch.appendingPathComponent("none").path,
            "AWS_EC2_METADATA_DISABLED": "true", "AWS_PAGER": "",
        ]
        let runner = Runner(environment: environment, scratch: scratch.path)
        let created = try runner.run(
            tools.aws,
            [
                "--endpoint-url", endpoint, "--region", "us-east-1", "secretsmanager", "create-secret",
                "--name", secretName, "--secret-string", secretValue,
            ])
        guard created.status == 0 else { throw BenchmarkFailure("aws create-secret failed: \(created.stderr)") }

        let clients: [(name: String, executable: String, arguments: [String])] = [
            (
                "secretty get-secret-value", tools.secretty,
                ["--endpoint-url", endpoint, "--region", "us-east-1", "get-secret-value", "--secret-id", secretName]
            ),
            (
                "aws secretsmanager get-secret-value", tools.aws,
                [
                    "--endpoint-url", endpoint, "--region", "us-east-1", "secretsmanager", "get-secret-value",
                    "--secret-id", secretName,
                ]
            ),
            (
                "curl --aws-sigv4 (same request)", tools.curl,
                [
                    "-sS", "--fail-with-body", "--aws-sigv4", "aws:amz:us-east-1:secretsmanager", "--user",
                    "\(accessKey):\(secretKey)",
                    "-H", "Content-Type: application/x-amz-json-1.1", "-H",
                    "X-Amz-Target: secretsmanager.GetSecretValue",
                    "--data-binary", #"{"SecretId":"\#(secretName)"}"#, endpoint + "/",
                ]
            ),
        ]
        // One untimed warm-up run each (page cache, moto's first-request set-up), checked for the value.
        for client in clients {
            let result = try runner.run(client.executable, client.arguments)
            try check(result, of: client.name)
        }
        var timings = Array(repeating: [Double](), count: clients.count)
        for _ in 0..<runs {
            for (index, client) in clients.enumerated() {
                let result = try runner.run(client.executable, client.arguments)
                try check(result, of: client.name)
                timings[index].append(result.seconds)
            }
        }

        let medians = timings.map(median)
        print(
            pad("client", 40) + pad("runs", 6, right: true) + pad("median ms", 12, right: true)
                + pad("min ms", 10, right: true) + pad("p90 ms", 10, right: true))
        for (index, client) in clients.enumerated() {
            let sorted = timings[index].sorted()
            print(
                pad(client.name, 40) + pad(String(sorted.count), 6, right: true)
                    + pad(milliseconds(medians[index]), 12, right: true) + pad(milliseconds(sorted[0]), 10, right: true)
                    + pad(milliseconds(sorted[sorted.count * 9 / 10]), 10, right: true))
        }
        let versusAWS = medians[1] / medians[0]
        let versusCurl = medians[0] / medians[2]
        print(
            String(
                format: "aws CLI median / secretty median: %.1fx (target >= %.0fx: %@)", versusAWS,
                targetVersusAWSCLI, versusAWS >= targetVersusAWSCLI ? "met" : "NOT met"))
        print(
            String(
                format: "secretty median / curl median:    %.2fx (target <= %.1fx: %@)", versusCurl,
                targetVersusCurl, versusCurl <= targetVersusCurl ? "met" : "NOT met"))
    }

    /// Every run must succeed and print the secret's value.
    private static func check(_ result: Runner.Result, of client: String) throws {
        guard result.status == 0 else { throw BenchmarkFailure("\(client) exited \(result.status): \(result.stderr)") }
        guard let data = result.stdout.data(using: .utf8),
            let object = try? JSONSerialization.jsonObject(with: data) as? [String: Any],
            object["SecretString"] as? String == secretValue
        else { throw BenchmarkFailure("\(client) did not print the secret: \(result.stdout.prefix(300))") }
    }

    private static func median(_ values: [Double]) -> Double {
        let sorted = values.sorted()
        return sorted.count % 2 == 1
            ? sorted[sorted.count / 2] : (sorted[sorted.count / 2 - 1] + sorted[sorted.count / 2]) / 2
    }

    private static func milliseconds(_ seconds: Double) -> String { String(format: "%.1f", seconds * 1000) }

    private static func pad(_ text: String, _ width: Int, right: Bool = false) -> String {
        let padding = String(repeating: " ", count: max(0, width - text.count))
        return right ? padding + text : text + padding
    }
}

// MARK: - Processes

extension AWSBenchmark {
    /// Runs one process to completion with `posix_spawn`, timing it from spawn to exit.
    struct Runner {
        /// What a run printed and how long it took.
        struct Result {
            var status: Int32
            var stdout: String
            var stderr: String
            var seconds: Double
        }

        var environment: [String: String]
        var scratch: String

        func run(_ executable: String, _ arguments: [String]) throws -> Result {
            let outPath = scratch + "/stdout"
            let errPath = scratch + "/stderr"
            var actions = posix_spawn_file_actions_t()
            posix_spawn_file_actions_init(&actions)
            defer { posix_spawn_file_actions_destroy(&actions) }
            posix_spawn_file_actions_addopen(&actions, 0, "/dev/null", O_RDONLY, 0)
            posix_spawn_file_actions_addopen(&actions, 1, outPath, O_WRONLY | O_CREAT | O_TRUNC, 0o600)
            posix_spawn_file_actions_addopen(&actions, 2, errPath, O_WRONLY | O_CREAT | O_TRUNC, 0o600)
            let argv = ([executable] + arguments).map { strdup($0) } + [nil]
            let envp = environment.map { strdup("\($0.key)=\($0.value)") } + [nil]
            defer {
                argv.forEach { free($0) }
                envp.forEach { free($0) }
            }
            var pid: pid_t = 0
            let clock = ContinuousClock()
            let start = clock.now
            let spawned = posix_spawn(&pid, executable, &actions, nil, argv, envp)
            guard spawned == 0 else {
                throw BenchmarkFailure("could not start \(executable): \(String(cString: strerror(spawned)))")
            }
            var status: Int32 = 0
            while waitpid(pid, &status, 0) < 0 && errno == EINTR {}
            let elapsed = clock.now - start
            let exitCode = (status & 0x7f) == 0 ? (status >> 8) & 0xff : 128 + (status & 0x7f)
            return Result(
                status: exitCode,
                stdout: (try? String(contentsOfFile: outPath, encoding: .utf8)) ?? "",
                stderr: (try? String(contentsOfFile: errPath, encoding: .utf8)) ?? "",
                seconds: Double(elapsed.components.seconds) + Double(elapsed.components.attoseconds) / 1e18)
        }
    }
}
