import Foundation
import TerminalUI
import Yams

/// Reads theme files (YAML) into `Theme`s, with errors that name the file and the key path.
public enum ThemeLoader {
    /// The theme in YAML text; `file` names it in errors.
    public static func decode(_ yaml: String, file: String) throws(ThemeError) -> Theme {
        do {
            return try YAMLDecoder().decode(Theme.self, from: yaml)
        } catch let error as ThemeError {
            var located = error
            located.file = file
            throw located
        } catch let error as DecodingError {
            throw describe(error, file: file)
        } catch {
            throw ThemeError(file: file, keyPath: "", message: "not a YAML theme: \(error)")
        }
    }

    /// The theme in the file at `url`.
    public static func load(contentsOf url: URL) throws(ThemeError) -> Theme {
        let text: String
        do {
            text = try String(contentsOf: url, encoding: .utf8)
        } catch {
            throw ThemeError(file: url.path, keyPath: "", message: "cannot read the file")
        }
        return try decode(text, file: url.path)
    }

    /// The theme called `name`: `name.yaml` in the first of `directories` that has it, else the built-in
    /// default when `name` is `default`.
    public static func named(_ name: String, in directories: [URL]) throws(ThemeError) -> Theme {
        for directory in directories {
            let url = directory.appendingPathComponent(name + ".yaml")
            if FileManager.default.fileExists(atPath: url.path) { return try load(contentsOf: url) }
        }
        if name == Theme.builtInDefault.name { return .builtInDefault }
        let known = ([Theme.builtInDefault.name] + directories.flatMap { available(in: $0) })
        let names = known.reduce(into: [String]()) { if !$0.contains($1) { $0.append($1) } }
        throw ThemeError(
            file: nil, keyPath: "", message: "no theme '\(name)' (known: \(names.joined(separator: ", ")))")
    }

    /// The theme names (file names without `.yaml`) in `directory`, sorted.
    public static func available(in directory: URL) -> [String] {
        let names = (try? FileManager.default.contentsOfDirectory(atPath: directory.path)) ?? []
        return names.filter { $0.hasSuffix(".yaml") }.map { String($0.dropLast(5)) }.sorted()
    }

    /// A decoding error as a theme error at its key path.
    static func describe(_ error: DecodingError, file: String) -> ThemeError {
        func path(_ context: DecodingError.Context, _ last: (any CodingKey)? = nil) -> String {
            (context.codingPath + (last.map { [$0] } ?? [])).map { $0.intValue.map(String.init) ?? $0.stringValue }
                .joined(separator: ".")
        }
        switch error {
        case .keyNotFound(let key, let context):
            return ThemeError(file: file, keyPath: path(context, key), message: "missing key")
        case .typeMismatch(let type, let context):
            return ThemeError(file: file, keyPath: path(context), message: "expected \(type)")
        case .valueNotFound(let type, let context):
            return ThemeError(file: file, keyPath: path(context), message: "expected \(type), found nothing")
        case .dataCorrupted(let context):
            // Yams wraps what a Decodable throws, and its parser's errors, as corrupted data.
            if var inner = context.underlyingError as? ThemeError {
                inner.file = file
                return inner
            }
            if let inner = context.underlyingError {
                return ThemeError(file: file, keyPath: path(context), message: "not valid YAML: \(inner)")
            }
            return ThemeError(file: file, keyPath: path(context), message: context.debugDescription)
        @unknown default:
            return ThemeError(file: file, keyPath: "", message: "\(error)")
        }
    }
}
