import SecretsCore

/// The aws CLI's `--output table`: a boxed table titled with the operation name, one section a structure or
/// list, nested sections indented with `|`, turned vertical (one `key | value` row each) when too wide.
struct TableFormatter {
    /// Applied to every cell before it is measured and written.
    var sanitize: (String) -> String
    /// The terminal's width; wider tables are turned vertical.
    var terminalWidth: Int
    /// Whether to colour values and indentation (only on a terminal, never with `NO_COLOR`).
    var color: Bool

    /// One section of the table.
    final class Section {
        var title = ""
        var headers: [String] = []
        var rows: [[String]] = []
        var indentLevel = 0
        var maxWidths: [Int] = []

        func addHeaders(_ headers: [String]) {
            updateWidths(headers)
            self.headers = headers
        }

        func addRow(_ row: [String]) {
            rows.append(row)
            updateWidths(row)
        }

        private func updateWidths(_ row: [String]) {
            if maxWidths.isEmpty {
                maxWidths = row.map(DisplayWidth.of)
            } else {
                for (i, cell) in row.enumerated() where i < maxWidths.count {
                    maxWidths[i] = max(maxWidths[i], DisplayWidth.of(cell))
                }
            }
        }

        func columnWidths(padding: Int, maxWidth: Int?) -> [Int] {
            let unscaled = maxWidths.map { $0 + padding }
            guard let maxWidth, !unscaled.isEmpty else { return unscaled }
            let scale = Double(maxWidth) / Double(unscaled.reduce(0, +))
            var scaled = unscaled.map { Int((scale * Double($0)).rounded(.toNearestOrEven)) }
            var offBy = scaled.reduce(0, +) - maxWidth
            while offBy != 0 {
                let order: [Int] = offBy < 0 ? Array(scaled.indices.reversed()) : Array(scaled.indices)
                for i in order {
                    if offBy > 0 {
                        scaled[i] -= 1
                        offBy -= 1
                    } else {
                        scaled[i] += 1
                        offBy += 1
                    }
                    if offBy == 0 { break }
                }
            }
            return scaled
        }

        func totalWidth(padding: Int) -> Int {
            var total = columnWidths(padding: 0, maxWidth: nil).reduce(0) { $0 + $1 + padding }
            total += 2 + 2 * indentLevel
            return max(DisplayWidth.of(title) + 2 + 2 * indentLevel, total)
        }
    }

    // MARK: - Building

    /// Formats `value` under the title `title`; empty output for an empty response.
    func format(_ value: JSONValue, title: String) -> String {
        var sections: [Section] = []
        guard build(title: title, value, indent: 0, into: &sections) else { return "" }
        return render(sections)
    }

    private func cell(_ value: JSONValue) -> String { sanitize(value.pythonText) }

    @discardableResult
    private func build(title: String?, _ value: JSONValue, indent: Int, into sections: inout [Section]) -> Bool {
        if value.isPythonFalsy { return false }
        if let title {
            let section = Section()
            section.title = sanitize(title)
            section.indentLevel = indent
            sections.append(section)
        }
        if case .array(let items) = value {
            if case .object = items[0] {
                buildFromList(items, indent: indent, title: title, into: &sections)
            } else {
                for item in items {
                    if item.isScalar {
                        current(&sections).addRow([cell(item)])
                    } else if case .array(let inner) = item, inner.allSatisfy(\.isScalar) {
                        current(&sections).addRow(inner.map(cell))
                    } else {
                        build(title: nil, item, indent: 0, into: &sections)
                    }
                }
            }
        }
        if case .object(let members) = value {
            buildFromObject(members, indent: indent, into: &sections)
        }
        return true
    }

    private func current(_ sections: inout [Section]) -> Section {
        if let last = sections.last { return last }
        let section = Section()
        sections.append(section)
        return section
    }

    private func buildFromObject(
        _ members: [(key: String, value: JSONValue)], indent: Int, into sections: inout [Section]
    ) {
        let lookup = Dictionary(members.map { ($0.key, $0.value) }, uniquingKeysWith: { _, last in last })
        let headers = lookup.keys.filter { lookup[$0]!.isScalar }.sorted()
        let more = lookup.keys.filter { !lookup[$0]!.isScalar }.sorted()
        if headers.count == 1 {
            current(&sections).addRow([sanitize(headers[0]), cell(lookup[headers[0]]!)])
        } else if !headers.isEmpty {
            current(&sections).addHeaders(headers.map(sanitize))
            current(&sections).addRow(headers.map { cell(lookup[$0]!) })
        }
        for key in more { build(title: key, lookup[key]!, indent: indent + 1, into: &sections) }
    }

    private func buildFromList(_ items: [JSONValue], indent: Int, title: String?, into sections: inout [Section]) {
        var headerSet: Set<String> = []
        var moreSet: Set<String> = []
        for item in items {
            for member in item.objectMembers {
                if member.value.isScalar { headerSet.insert(member.key) } else { moreSet.insert(member.key) }
            }
        }
        let headers = headerSet.sorted()
        let more = moreSet.sorted()
        current(&sections).addHeaders(headers.map(sanitize))
        for (index, item) in items.enumerated() {
            if index > 0, !more.isEmpty {
                let section = Section()
                section.title = sanitize(title ?? "")
                section.indentLevel = indent
                sections.append(section)
                section.addHeaders(headers.map(sanitize))
            }
            current(&sections).addRow(headers.map { key in item[key].map(cell) ?? "" })
            for key in more {
                if let nested = item[key] { build(title: key, nested, indent: indent + 1, into: &sections) }
            }
        }
    }

    // MARK: - Rendering

    private func render(_ sections: [Section]) -> String {
        var sections = sections
        var maxWidth = sections.map { $0.totalWidth(padding: 4) }.max() ?? 0
        if maxWidth > terminalWidth {
            sections = sections.map(Self.vertical)
            maxWidth = sections.map { $0.totalWidth(padding: 4) }.max() ?? 0
        }
        var out = String(repeating: "-", count: maxWidth) + "\n"
        for section in sections { renderSection(section, maxWidth: maxWidth, into: &out) }
        return out
    }

    /// A single-row section with headers becomes one `header | value` row a column.
    private static func vertical(_ section: Section) -> Section {
        guard section.rows.count == 1, !section.headers.isEmpty else { return section }
        let turned = Section()
        turned.title = section.title
        turned.indentLevel = section.indentLevel
        for (header, element) in zip(section.headers, section.rows[0]) { turned.addRow([header, element]) }
        return turned
    }

    private func renderSection(_ section: Section, maxWidth fullWidth: Int, into out: inout String) {
        let indent = styledIndent(String(repeating: "|", count: section.indentLevel))
        func line(_ text: String) { out += indent + text + indent + "\n" }
        let maxWidth = fullWidth - section.indentLevel * 2
        if !section.title.isEmpty {
            line(Self.center(section.title, length: maxWidth, left: "|", right: "|"))
            if section.headers.isEmpty, section.rows.isEmpty {
                line("+" + String(repeating: "-", count: max(0, maxWidth - 2)) + "+")
            }
        }
        if !section.headers.isEmpty {
            let widths = section.columnWidths(padding: 4, maxWidth: maxWidth)
            line(Self.lineBreak(widths))
            var text = ""
            for (i, (width, header)) in zip(widths, section.headers).enumerated() {
                text += Self.center(header, length: width, left: i == 0 ? "|" : "", right: "|")
            }
            line(text)
        }
        if !section.rows.isEmpty {
            let widths = section.columnWidths(padding: 4, maxWidth: maxWidth)
            guard !widths.isEmpty else { return }
            line(Self.lineBreak(widths))
            for row in section.rows {
                var text = ""
                for (i, (width, element)) in zip(widths, row).enumerated() {
                    text += alignLeft(element, length: width, left: i == 0 ? "|" : "", right: "|")
                }
                line(text)
            }
            line(Self.lineBreak(widths))
        }
    }

    private func styledIndent(_ bars: String) -> String {
        guard color, !bars.isEmpty else { return bars }
        return bars.map { _ in "\u{1B}[2m\u{1B}[33m|\u{1B}[0m" }.joined()
    }

    static func lineBreak(_ widths: [Int]) -> String {
        var parts = ""
        for (i, width) in widths.enumerated() {
            if i == 0 {
                parts += "+" + String(repeating: "-", count: max(0, width - 2)) + "+"
            } else {
                parts += String(repeating: "-", count: max(0, width - 1)) + "+"
            }
        }
        return parts
    }

    static func floorDiv(_ a: Int, _ b: Int) -> Int { Int((Double(a) / Double(b)).rounded(.down)) }

    static func center(_ text: String, length: Int, left: String, right: String) -> String {
        let textLength = DisplayWidth.of(text)
        let start = floorDiv(length, 2) - floorDiv(textLength, 2) - 1
        var out = left + String(repeating: " ", count: max(0, start)) + text
        let soFar = DisplayWidth.of(left) + start + textLength
        out += String(repeating: " ", count: max(0, length - DisplayWidth.of(right) - soFar))
        return out + right
    }

    func alignLeft(_ text: String, length: Int, left: String, right: String) -> String {
        let textLength = DisplayWidth.of(text)
        let computed = textLength + 2 + left.count + right.count
        let padding = length - computed >= 0 ? 2 : 0
        let styled = color ? "\u{1B}[1m\u{1B}[34m" + text + "\u{1B}[0m" : text
        let soFar = left.count + padding + textLength
        return left + String(repeating: " ", count: padding) + styled
            + String(repeating: " ", count: max(0, length - soFar - right.count)) + right
    }
}
