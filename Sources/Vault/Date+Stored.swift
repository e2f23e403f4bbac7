import Foundation

extension Date {
    /// The stored form of a date: REAL seconds since the reference date, exact.
    var storedValue: Double { timeIntervalSinceReferenceDate }

    /// A date from its stored form.
    init(storedValue: Double) { self.init(timeIntervalSinceReferenceDate: storedValue) }
}
