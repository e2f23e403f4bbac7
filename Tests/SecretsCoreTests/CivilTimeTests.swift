import Foundation
import SecretsCore
import Testing

@Suite("CivilTime")
struct CivilTimeTests {
    /// The fields a Gregorian `Calendar` gives for the same instant at the same offset.
    private func calendarFields(_ seconds: Int, offset: Int) -> CivilTime {
        var calendar = Calendar(identifier: .gregorian)
        calendar.timeZone = TimeZone(secondsFromGMT: offset)!
        let c = calendar.dateComponents(
            [.year, .month, .day, .hour, .minute, .second], from: Date(timeIntervalSince1970: TimeInterval(seconds)))
        var fields = CivilTime(secondsSince1970: 0)
        fields.year = c.year!
        fields.month = c.month!
        fields.day = c.day!
        fields.hour = c.hour!
        fields.minute = c.minute!
        fields.second = c.second!
        return fields
    }

    @Test("agrees with a Gregorian Calendar across four centuries, leap days and negative instants")
    func agreesWithCalendar() {
        var generator = SystemRandomNumberGenerator()
        // 1800-01-01 to 2200-01-01, plus the edges that trip day arithmetic.
        var instants = (0..<2_000).map { _ in Int.random(in: -5_364_662_400...7_258_118_400, using: &generator) }
        instants += [0, -1, 86_399, 86_400, -86_400, -86_401, 951_782_400, 951_868_799, 4_107_542_400, 1_709_164_800]
        for seconds in instants {
            for offset in [0, 3600, -18_000, 19_800, 45_900, -36_000] {
                #expect(CivilTime(secondsSince1970: seconds, offset: offset) == calendarFields(seconds, offset: offset),
                    "\(seconds) at offset \(offset)")
            }
        }
    }

    @Test("known dates: the epoch, 2000-02-29 and the SigV4 suite's date")
    func knownDates() {
        #expect(CivilTime(secondsSince1970: 0).dateText == "1970-01-01")
        let leap = CivilTime(secondsSince1970: 951_825_600)
        #expect(leap.dateText == "2000-02-29")
        #expect(leap.hour == 12)
        let suite = CivilTime(Date(timeIntervalSince1970: 1_440_938_160.999))
        let fields: [Int] = [suite.year, suite.month, suite.day, suite.hour, suite.minute, suite.second]
        #expect(fields == [2015, 8, 30, 12, 36, 0])
        #expect(CivilTime(secondsSince1970: 0, offset: -3600).dateText == "1969-12-31")
    }
}
