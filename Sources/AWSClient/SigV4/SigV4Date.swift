import Foundation
import SecretsCore

/// The two date forms SigV4 uses, always in UTC: `yyyyMMdd'T'HHmmss'Z'` and `yyyyMMdd`.
enum SigV4Date {
    /// The `X-Amz-Date` form, for example `20150830T123600Z`.
    static func timestamp(_ date: Date) -> String {
        let c = CivilTime(date)
        return CivilTime.pad(c.year, 4) + CivilTime.pad(c.month, 2) + CivilTime.pad(c.day, 2) + "T"
            + CivilTime.pad(c.hour, 2) + CivilTime.pad(c.minute, 2) + CivilTime.pad(c.second, 2) + "Z"
    }

    /// The credential-scope day, for example `20150830`.
    static func day(_ date: Date) -> String {
        String(timestamp(date).prefix(8))
    }
}
