import SecretsCore

/// `--output`: the aws CLI's three output formats.
public enum OutputFormat: String, Sendable, CaseIterable {
    case json, text, table
}

/// `--color`: the aws CLI's colour setting.
public enum ColorSetting: String, Sendable, CaseIterable {
    case on, off, auto
}

/// `--cli-binary-format`: how blob values given on the command line are read.
public enum BinaryFormat: String, Sendable, CaseIterable {
    /// The value is base64 text (aws CLI v2's default).
    case base64
    /// The value's own bytes are sent (aws CLI v1's behaviour).
    case rawInBase64Out = "raw-in-base64-out"
}

/// The options accepted before or after the operation, as the aws CLI accepts its global options.
public struct GlobalOptions: Sendable, Equatable {
    public var vault: String?
    public var endpointURL: String?
    public var profile: String?
    public var region: String?
    public var output: OutputFormat = .json
    public var query: String?
    public var readOnly = false
    public var passphraseFile: String?
    public var noCLIPager = false
    public var noCLIAutoPrompt = false
    public var color: ColorSetting = .auto
    public var debug = false
    public var noPaginate = false
    public var binaryFormat: BinaryFormat = .base64
    public var caBundle: String?
    public var noVerifySSL = false
    public var readTimeout: Int?
    public var connectTimeout: Int?
    /// `--theme NAME`: the TUI's theme (other operations ignore it).
    public var theme: String?

    /// Creates the defaults.
    public init() {}
}

// MARK: - Scanning

/// Takes the global options out of a command line, wherever they stand, and leaves the rest for the grammar.
///
/// Tokens that are values of the operation's own options are skipped, so `--secret-string --region` stores
/// the text `--region` rather than choosing AWS.
public enum GlobalOptionScanner {
    /// Global options that take a value.
    static let valued: Set<String> = [
        "--vault", "--endpoint-url", "--profile", "--region", "--output", "--query", "--passphrase-file", "--color",
        "--cli-binary-format", "--ca-bundle", "--cli-read-timeout", "--cli-connect-timeout", "--theme",
    ]
    /// Global options without a value.
    static let flags: Set<String> = [
        "--read-only", "--no-cli-pager", "--no-cli-auto-prompt", "--debug", "--no-paginate", "--no-verify-ssl",
    ]

    /// Splits `arguments` into the global options and the remaining arguments, in order.
    public static func scan(_ arguments: [String]) throws(LocalError) -> (GlobalOptions, [String]) {
        var options = GlobalOptions()
        var rest: [String] = []
        var seen: Set<String> = []
        var index = 0
        while index < arguments.count {
            let token = arguments[index]
            index += 1
            if token == "--" {
                rest.append(contentsOf: arguments[(index - 1)...])
                break
            }
            let name: String
            var inlineValue: String?
            if token.hasPrefix("--"), let equals = token.firstIndex(of: "=") {
                name = String(token[..<equals])
                inlineValue = String(token[token.index(after: equals)...])
            } else {
                name = token
            }
            if flags.contains(name) {
                guard inlineValue == nil else { throw .usage("argument \(name): takes no value") }
                try apply(flag: name, to: &options)
                continue
            }
            if valued.contains(name) {
                let value: String
                if let inlineValue {
                    value = inlineValue
                } else {
                    guard index < arguments.count else { throw .usage("argument \(name): expected one argument") }
                    value = arguments[index]
                    index += 1
                }
                guard seen.insert(name).inserted else { throw .usage("argument \(name): given more than once") }
                try apply(name, value: value, to: &options)
                continue
            }
            rest.append(token)
            // The operation's own single-value options: their value is never a global option.
            if token.hasPrefix("--"), inlineValue == nil, OperationOptionNames.takesOneValue(name),
                index < arguments.count
            {
                rest.append(arguments[index])
                index += 1
            }
        }
        return (options, rest)
    }

    private static func apply(flag: String, to options: inout GlobalOptions) throws(LocalError) {
        switch flag {
        case "--read-only": options.readOnly = true
        case "--no-cli-pager": options.noCLIPager = true
        case "--no-cli-auto-prompt": options.noCLIAutoPrompt = true
        case "--debug": options.debug = true
        case "--no-paginate": options.noPaginate = true
        case "--no-verify-ssl": options.noVerifySSL = true
        default: throw .usage("unknown option: \(flag)")
        }
    }

    private static func apply(_ name: String, value: String, to options: inout GlobalOptions) throws(LocalError) {
        switch name {
        case "--vault":
            guard !value.isEmpty else { throw .usage("argument --vault: expected a path") }
            options.vault = value
        case "--endpoint-url":
            guard value.hasPrefix("http://") || value.hasPrefix("https://") else {
                throw .usage(
                    "Bad value for --endpoint-url \"\(value)\": scheme is missing.  Must be of the form http://<hostname>/ or https://<hostname>/"
                )
            }
            options.endpointURL = value
        case "--profile": options.profile = value
        case "--region": options.region = value
        case "--output":
            guard let format = OutputFormat(rawValue: value) else {
                throw .usage(
                    "argument --output: Invalid choice, valid choices are: json | text | table (got '\(value)')")
            }
            options.output = format
        case "--query": options.query = value
        case "--passphrase-file": options.passphraseFile = value
        case "--color":
            guard let color = ColorSetting(rawValue: value) else {
                throw .usage("argument --color: Invalid choice, valid choices are: on | off | auto (got '\(value)')")
            }
            options.color = color
        case "--cli-binary-format":
            guard let format = BinaryFormat(rawValue: value) else {
                throw .usage(
                    "argument --cli-binary-format: Invalid choice, valid choices are: base64 | raw-in-base64-out (got '\(value)')"
                )
            }
            options.binaryFormat = format
        case "--ca-bundle": options.caBundle = value
        case "--theme":
            guard !value.isEmpty else { throw .usage("argument --theme: expected a theme name") }
            options.theme = value
        case "--cli-read-timeout", "--cli-connect-timeout":
            guard let seconds = Int(value), seconds >= 0 else {
                throw .usage("argument \(name): expected a number of seconds, got '\(value)'")
            }
            if name == "--cli-read-timeout" { options.readTimeout = seconds } else { options.connectTimeout = seconds }
        default: throw .usage("unknown option: \(name)")
        }
    }
}

/// The operation options' arity, so the global scanner can skip their values.
enum OperationOptionNames {
    /// Options that take no value (boolean flags and their `--no-` forms).
    static let flags: Set<String> = [
        "--include-deprecated", "--include-planned-deletion", "--force-delete-without-recovery",
        "--force-overwrite-replica-secret", "--exclude-numbers", "--exclude-punctuation", "--exclude-uppercase",
        "--exclude-lowercase", "--include-space", "--require-each-included-type", "--help",
    ]
    /// Options that take several values (up to the next option).
    static let multiValued: Set<String> = ["--tags", "--tag-keys", "--filters", "--version-stages", "--secret-id-list"]

    /// Whether `name` is an operation option taking exactly one value.
    static func takesOneValue(_ name: String) -> Bool {
        guard name.hasPrefix("--") else { return false }
        if flags.contains(name) || multiValued.contains(name) { return false }
        if name.hasPrefix("--no-"), flags.contains("--" + name.dropFirst(5)) { return false }
        return true
    }
}
