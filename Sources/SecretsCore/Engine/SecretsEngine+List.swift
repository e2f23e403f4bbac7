import Foundation

// MARK: - ListSecrets

extension SecretsEngine {
    /// The ListSecrets sort keys of the service model.
    static let sortKeys = ["created-date", "last-accessed-date", "last-changed-date", "name"]

    /// ListSecrets: metadata of every secret that passes the filters, sorted, one page at a time.
    /// Secrets whose deletion date has passed are purged first.
    public func listSecrets(_ request: ListSecretsRequest, in store: inout some SecretStore) throws
        -> ListSecretsResponse
    {
        var validator = RequestValidator()
        validator.range(request.maxResults, "maxResults", min: 1, max: 100)
        validator.nextToken(request.nextToken)
        Self.validateFilters(request.filters, into: &validator)
        validator.oneOf(request.sortOrder, "sortOrder", ["asc", "desc"])
        validator.oneOf(request.sortBy, "sortBy", Self.sortKeys)
        try validator.check()
        try Self.checkFilterPresence(request.filters)

        let scope = Self.scope(of: request)
        let offset = try PageToken.decode(request.nextToken, op: .listSecrets, scope: scope)
        let selection = try selectRecords(
            filters: request.filters ?? [], includePlannedDeletion: request.includePlannedDeletion ?? false,
            sortBy: request.sortBy ?? "created-date", descending: request.sortOrder == "desc", in: &store)
        let (page, next) = selection.page(
            offset: offset, size: request.maxResults ?? 100, op: .listSecrets, scope: scope)
        return ListSecretsResponse(secretList: page.map(Self.describe), nextToken: next)
    }

    /// The secrets a listing selects: the store's records and, in listing order, the positions of those
    /// selected (so only the page is ever copied out).
    struct Selection {
        var records: [SecretRecord]
        var order: [Int]

        /// One page of the selection, and the NextToken of the next.
        func page(offset: Int, size: Int, op: SecretsOperation, scope: String) -> ([SecretRecord], String?) {
            let (positions, next) = PageToken.page(order, offset: offset, size: size, op: op, scope: scope)
            return (positions.map { records[$0] }, next)
        }
    }

    /// Purges expired secrets, then filters and sorts the rest (without loading any value).
    func selectRecords(
        filters: [Filter], includePlannedDeletion: Bool, sortBy: String, descending: Bool,
        in store: inout some SecretStore
    ) throws -> Selection {
        var records = try store.allRecords()
        let now = clock()
        if records.contains(where: { $0.deletedDate.map { $0 <= now } ?? false }) {
            for record in records where record.deletedDate.map({ $0 <= now }) ?? false {
                try store.remove(secretARN: record.arn)
            }
            records = try store.allRecords()
        }
        let filter = SecretFilter(filters)
        let live = records.indices.filter { index in
            (includePlannedDeletion || records[index].deletedDate == nil) && filter.matches(records[index])
        }
        var order: [Int]
        if sortBy == "name" {
            order = live.sorted { records[$0].name != records[$1].name ? records[$0].name < records[$1].name : $0 < $1 }
        } else {
            var keys = [Double](repeating: 0, count: records.count)
            for index in live { keys[index] = Self.dateKey(records[index], sortBy: sortBy) }
            order = live.sorted { keys[$0] != keys[$1] ? keys[$0] < keys[$1] : $0 < $1 }
        }
        if descending { order.reverse() }
        return Selection(records: records, order: order)
    }

    /// The date a ListSecrets sort key orders by, in seconds (a missing date sorts first).
    static func dateKey(_ record: SecretRecord, sortBy: String) -> Double {
        let date: Date?
        switch sortBy {
        case "last-accessed-date": date = record.lastAccessedDate
        case "last-changed-date": date = record.lastChangedDate
        default: date = record.createdDate
        }
        return date?.timeIntervalSince1970 ?? -Double.greatestFiniteMagnitude
    }

    /// Checks the `Filters` member's model constraints.
    static func validateFilters(_ filters: [Filter]?, into validator: inout RequestValidator) {
        guard let filters else { return }
        validator.bounds(filters.count, "filters", max: 10)
        let regex = try? Regex(SecretFilter.valuePattern)
        for (i, filter) in filters.enumerated() {
            validator.oneOf(filter.key, "filters.\(i + 1).member.key", SecretFilter.keys)
            guard let values = filter.values else { continue }
            validator.bounds(values.count, "filters.\(i + 1).member.values", min: 1, max: 10)
            for (j, value) in values.enumerated() {
                let member = "filters.\(i + 1).member.values.\(j + 1).member"
                validator.length(value, member, max: 512)
                let matches = regex.map { (try? $0.wholeMatch(in: value)) != nil } ?? true
                validator.pattern(value, member, pattern: SecretFilter.valuePattern, matches: matches)
            }
        }
    }

    /// Refuses filters without a key or without values.
    static func checkFilterPresence(_ filters: [Filter]?) throws {
        for filter in filters ?? [] {
            guard let key = filter.key else { throw ServiceError.invalidFilterKey }
            if filter.values == nil { throw ServiceError.invalidFilterValues(key: key) }
        }
    }

    /// A fingerprint of what a ListSecrets page depends on, so a token only continues the same listing.
    static func scope(of request: ListSecretsRequest) -> String {
        let filters = (request.filters ?? []).map { "\($0.key ?? "")=\(($0.values ?? []).joined(separator: ","))" }
        let text = [
            filters.joined(separator: ";"), request.sortBy ?? "", request.sortOrder ?? "",
            String(request.includePlannedDeletion ?? false),
        ].joined(separator: "|")
        return fingerprint(text)
    }

    /// A short FNV-1a digest of a text, in hex.
    static func fingerprint(_ text: String) -> String {
        var hash: UInt64 = 0xcbf2_9ce4_8422_2325
        for byte in text.utf8 {
            hash ^= UInt64(byte)
            hash = hash &* 0x0000_0100_0000_01b3
        }
        return String(hash, radix: 16)
    }
}
