// MARK: - Decoding

/// Any key of a theme file's mappings, so unknown keys can be named.
struct ThemeKey: CodingKey {
    var stringValue: String
    var intValue: Int? { nil }
    init(stringValue: String) { self.stringValue = stringValue }
    init?(intValue: Int) { return nil }
}

/// The dotted key path of a coding path plus one more key.
func themeKeyPath(_ path: [any CodingKey], _ last: String? = nil) -> String {
    (path.map { $0.intValue.map(String.init) ?? $0.stringValue } + (last.map { [$0] } ?? [])).joined(separator: ".")
}

/// Rejects every key of a mapping that is not in `allowed`.
func rejectUnknownKeys(_ container: KeyedDecodingContainer<ThemeKey>, allowed: Set<String>) throws {
    for key in container.allKeys where !allowed.contains(key.stringValue) {
        throw ThemeError(
            keyPath: themeKeyPath(container.codingPath, key.stringValue),
            message: "unknown key (expected one of: \(allowed.sorted().joined(separator: ", ")))")
    }
}

extension Theme: Decodable {
    /// Reads a theme file's tree: `name`, optional `summary`, `border` and `mask`, and `roles`, a mapping from
    /// role name to `fg`, `bg`, `attributes` and `monochrome`. Unknown keys anywhere are errors naming their
    /// key path.
    public init(from decoder: any Decoder) throws {
        let container = try decoder.container(keyedBy: ThemeKey.self)
        try rejectUnknownKeys(container, allowed: ["name", "summary", "border", "mask", "roles"])
        name = try container.decode(String.self, forKey: ThemeKey(stringValue: "name"))
        summary = try container.decodeIfPresent(String.self, forKey: ThemeKey(stringValue: "summary")) ?? ""
        let borderName = try container.decodeIfPresent(String.self, forKey: ThemeKey(stringValue: "border")) ?? "single"
        guard let border = BorderStyle(rawValue: borderName) else {
            throw ThemeError(
                keyPath: themeKeyPath(container.codingPath, "border"),
                message: "'\(borderName)' is not a border (\(BorderStyle.allCases.map(\.rawValue).joined(separator: ", ")))")
        }
        self.border = border
        let mask = try container.decodeIfPresent(String.self, forKey: ThemeKey(stringValue: "mask")) ?? "•"
        guard mask.count == 1, let maskCharacter = mask.first, DisplayWidth.of(maskCharacter) == 1 else {
            throw ThemeError(
                keyPath: themeKeyPath(container.codingPath, "mask"), message: "'\(mask)' is not one narrow character")
        }
        self.maskCharacter = maskCharacter
        let roles = try container.nestedContainer(keyedBy: ThemeKey.self, forKey: ThemeKey(stringValue: "roles"))
        try rejectUnknownKeys(roles, allowed: Set(ThemeRole.allCases.map(\.name)))
        var styles: [ThemeRole: RoleStyle] = [:]
        for key in roles.allKeys {
            guard let role = ThemeRole(name: key.stringValue) else { continue }
            styles[role] = try roles.decode(RoleStyle.self, forKey: key)
        }
        self.styles = styles
    }
}

extension RoleStyle: Decodable {
    /// Reads `fg`, `bg`, `attributes` and `monochrome` (each optional); unknown keys are errors.
    public init(from decoder: any Decoder) throws {
        let container = try decoder.container(keyedBy: ThemeKey.self)
        try rejectUnknownKeys(container, allowed: ["fg", "bg", "attributes", "monochrome"])
        func color(_ key: String) throws -> ThemeColor {
            let codingKey = ThemeKey(stringValue: key)
            guard container.contains(codingKey) else { return .terminalDefault }
            let text: String
            if let number = try? container.decode(Int.self, forKey: codingKey) {
                text = String(number)
            } else {
                text = try container.decode(String.self, forKey: codingKey)
            }
            guard let color = ThemeColor(text: text) else {
                throw ThemeError(
                    keyPath: themeKeyPath(container.codingPath, key),
                    message: "'\(text)' is not a colour (default, a name like red or bright-blue, 0-255, or #rrggbb)")
            }
            return color
        }
        func attributes(_ key: String) throws -> TextAttributes? {
            let codingKey = ThemeKey(stringValue: key)
            guard container.contains(codingKey) else { return nil }
            var result: TextAttributes = []
            for name in try container.decode([String].self, forKey: codingKey) {
                guard let attribute = TextAttributes(name: name) else {
                    throw ThemeError(
                        keyPath: themeKeyPath(container.codingPath, key),
                        message: "'\(name)' is not an attribute (\(TextAttributes.named.map(\.name).joined(separator: ", ")))")
                }
                result.insert(attribute)
            }
            return result
        }
        self.init(
            foreground: try color("fg"), background: try color("bg"),
            attributes: try attributes("attributes") ?? [], monochrome: try attributes("monochrome"))
    }
}
