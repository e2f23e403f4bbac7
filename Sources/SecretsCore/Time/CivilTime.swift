import Foundation

/// The proleptic Gregorian calendar fields of an instant at a fixed offset from UTC.
///
/// Plain arithmetic on the seconds since 1970 (the days-to-civil conversion), so that formatting a timestamp or a
/// signing date never loads a calendar engine; the result is the same as a Gregorian `Calendar` in a zone at that
/// offset.
public struct CivilTime: Equatable, Sendable {
    public var year: Int
    public var month: Int
    public var day: Int
    public var hour: Int
    public var minute: Int
    public var second: Int

    /// The fields of `secondsSince1970` (whole seconds) seen at `offset` seconds east of UTC.
    public init(secondsSince1970: Int, offset: Int = 0) {
        let local = secondsSince1970 + offset
        let days = Self.floorDivide(local, 86_400)
        let secondOfDay = local - days * 86_400
        hour = secondOfDay / 3600
        minute = secondOfDay % 3600 / 60
        second = secondOfDay % 60
        // Days since 1970-01-01 to year, month and day, counting in 400-year eras that start on 0000-03-01.
        let shifted = days + 719_468
        let era = Self.floorDivide(shifted, 146_097)
        let dayOfEra = shifted - era * 146_097
        let yearOfEra = (dayOfEra - dayOfEra / 1460 + dayOfEra / 36_524 - dayOfEra / 146_096) / 365
        let dayOfYear = dayOfEra - (365 * yearOfEra + yearOfEra / 4 - yearOfEra / 100)
        let monthFromMarch = (5 * dayOfYear + 2) / 153
        day = dayOfYear - (153 * monthFromMarch + 2) / 5 + 1
        month = monthFromMarch < 10 ? monthFromMarch + 3 : monthFromMarch - 9
        year = yearOfEra + era * 400 + (month <= 2 ? 1 : 0)
    }

    /// The fields of `date`, its fraction of a second dropped, at `offset` seconds east of UTC.
    public init(_ date: Date, offset: Int = 0) {
        self.init(secondsSince1970: Int(date.timeIntervalSince1970.rounded(.down)), offset: offset)
    }

    /// `yyyy-MM-dd`.
    public var dateText: String { Self.pad(year, 4) + "-" + Self.pad(month, 2) + "-" + Self.pad(day, 2) }

    /// `value` in decimal, padded with zeros to `width` digits.
    public static func pad(_ value: Int, _ width: Int) -> String {
        let text = String(value)
        return text.count >= width ? text : String(repeating: "0", count: width - text.count) + text
    }

    private static func floorDivide(_ a: Int, _ b: Int) -> Int {
        a >= 0 ? a / b : -((-a + b - 1) / b)
    }
}
