import SecretsCore

/// The secrets list: pages as they arrive, the filter, and the selection within the filtered rows.
public struct SecretsList: Equatable, Sendable {
    /// Every secret received so far, in the order the backend listed them.
    public var all: [SecretDescription] = []
    /// The token of the next page, while more pages are coming.
    public var nextToken: String?
    /// Whether the last page has arrived.
    public var isComplete = false
    /// Whether a page is being fetched.
    public var isLoading = false
    /// The filter text (case-insensitive substring of the name); empty shows every secret.
    public var filter = ""
    /// The selected row within `visible`.
    public var selection: Int?
    /// The first row shown.
    public var offset = 0

    /// A list with nothing loaded.
    public init() {}

    /// The rows the filter lets through.
    public var visible: [SecretDescription] {
        guard !filter.isEmpty else { return all }
        let needle = filter.lowercased()
        return all.filter { $0.name.lowercased().contains(needle) }
    }

    /// The selected secret.
    public var selected: SecretDescription? {
        let rows = visible
        guard let selection, selection >= 0, selection < rows.count else { return nil }
        return rows[selection]
    }

    /// Moves the selection to `index` (clamped); nil when there are no rows.
    public mutating func select(_ index: Int) {
        let count = visible.count
        selection = count == 0 ? nil : min(max(0, index), count - 1)
    }

    /// Selects the secret with `arn` when it is visible, else keeps the index clamped.
    public mutating func select(arn: String?) {
        if let arn, let index = visible.firstIndex(where: { $0.arn == arn }) {
            selection = index
        } else {
            select(selection ?? 0)
        }
    }
}
