import Foundation

/// The two date forms SigV4 uses, always in UTC: `yyyyMMdd'T'HHmmss'Z'` and `yyyyMMdd`.
enum SigV4Date {
    private static let calendar: Calendar = {
        var calendar = Calendar(identifier: .gregorian)
        calendar.timeZone = TimeZone(identifier: "UTC")!
        return calendar
    }()

    /// The `X-Amz-Date` form, for example `20150830T123600Z`.
    static func timestamp(_ date: Date) -> String {
        let c = calendar.dateComponents([.year, .month, .day, .hour, .minute, .second], from: date)
        return pad(c.year!, 4) + pad(c.month!, 2) + pad(c.day!, 2) + "T" + pad(c.hour!, 2) + pad(c.minute!, 2)
            + pad(c.second!, 2) + "Z"
    }

    /// The credential-scope day, for example `20150830`.
    static func day(_ date: Date) -> String {
        String(timestamp(date).prefix(8))
    }

    private static func pad(_ value: Int, _ width: Int) -> String {
        let text = String(value)
        return text.count >= width ? text : String(repeating: "0", count: width - text.count) + text
    }
}
