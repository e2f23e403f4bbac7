import Foundation

/// Dates as the panes show them, in a given time zone: `2026-11-29 10:58` and `2026-11-29`.
public enum DateText {
    /// `yyyy-MM-dd HH:mm`.
    public static func minute(_ date: Date, _ zone: TimeZone) -> String {
        let c = components(date, zone)
        return "\(c.day) \(pad(c.hour)):\(pad(c.minute))"
    }

    /// `yyyy-MM-dd`.
    public static func day(_ date: Date, _ zone: TimeZone) -> String {
        components(date, zone).day
    }

    private static func components(_ date: Date, _ zone: TimeZone) -> (day: String, hour: Int, minute: Int) {
        var calendar = Calendar(identifier: .gregorian)
        calendar.timeZone = zone
        let c = calendar.dateComponents([.year, .month, .day, .hour, .minute], from: date)
        let day = "\(c.year ?? 0)-\(pad(c.month ?? 0))-\(pad(c.day ?? 0))"
        return (day, c.hour ?? 0, c.minute ?? 0)
    }

    private static func pad(_ n: Int) -> String { n < 10 ? "0\(n)" : "\(n)" }
}
