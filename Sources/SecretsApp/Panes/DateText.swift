import Foundation
import SecretsCore

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
        let c = CivilTime(date, offset: zone.secondsFromGMT(for: date))
        return (c.dateText, c.hour, c.minute)
    }

    private static func pad(_ n: Int) -> String { CivilTime.pad(n, 2) }
}
