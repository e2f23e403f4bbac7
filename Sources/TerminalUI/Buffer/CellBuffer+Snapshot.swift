// MARK: - Snapshot grids

extension CellBuffer {
    /// The text the buffer shows, one line a row; a wide cluster is written once (its continuation adds nothing).
    public var textGrid: String {
        var lines: [String] = []
        lines.reserveCapacity(size.height)
        for y in 0..<size.height {
            var line = ""
            for cell in row(y) where !cell.isContinuation { line.append(cell.grapheme) }
            lines.append(line)
        }
        return lines.joined(separator: "\n") + "\n"
    }

    /// One letter a cell (`ThemeRole.letter`), one line a row; continuation cells repeat their cluster's letter.
    public var styleGrid: String {
        var lines: [String] = []
        lines.reserveCapacity(size.height)
        for y in 0..<size.height {
            lines.append(String(row(y).map(\.style.role.letter)))
        }
        return lines.joined(separator: "\n") + "\n"
    }

    /// The text of one row with trailing spaces removed, for assertions.
    public func text(row y: Int) -> String {
        var line = ""
        for cell in row(y) where !cell.isContinuation { line.append(cell.grapheme) }
        while line.last == " " { line.removeLast() }
        return line
    }
}
