// MARK: - Diff

/// A run of cells on one row that differ between two frames.
public struct ChangedRun: Hashable, Sendable {
    /// The row.
    public var row: Int
    /// The first column.
    public var start: Int
    /// One past the last column.
    public var end: Int

    /// A run of `row` from `start` up to `end`.
    public init(row: Int, start: Int, end: Int) {
        self.row = row
        self.start = start
        self.end = end
    }
}

extension CellBuffer {
    /// The runs of cells that differ from `previous` (every row when it is nil or another size).
    ///
    /// Runs never start on a continuation cell or end inside a wide cluster, and runs separated by fewer than
    /// `mergeGap` unchanged cells are joined, since rewriting a few cells costs less than moving the cursor.
    public func changedRuns(from previous: CellBuffer?, mergeGap: Int = 4) -> [ChangedRun] {
        let width = size.width
        guard let previous, previous.size == size else {
            return (0..<size.height).map { ChangedRun(row: $0, start: 0, end: width) }
        }
        var runs: [ChangedRun] = []
        cells.withUnsafeBufferPointer { next in
            previous.cells.withUnsafeBufferPointer { old in
                for row in 0..<size.height {
                    let base = row * width
                    var column = 0
                    var current: ChangedRun?
                    while column < width {
                        if next[base + column] == old[base + column] {
                            column += 1
                            continue
                        }
                        var start = column
                        if start > 0, next[base + start].width == 0 || old[base + start].width == 0 { start -= 1 }
                        var end = column + 1
                        while end < width, next[base + end] != old[base + end] { end += 1 }
                        if end < width, next[base + end].width == 0 || old[base + end].width == 0 { end += 1 }
                        if var run = current, start - run.end < mergeGap {
                            run.end = end
                            current = run
                        } else {
                            if let run = current { runs.append(run) }
                            current = ChangedRun(row: row, start: start, end: end)
                        }
                        column = end
                    }
                    if let run = current { runs.append(run) }
                }
            }
        }
        return runs
    }
}
