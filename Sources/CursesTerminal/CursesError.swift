/// A failure at the ncurses boundary, with the call that failed.
public struct CursesError: Error, Hashable, Sendable, CustomStringConvertible {
    /// The C call that failed.
    public var call: String
    /// What it means for the user.
    public var message: String

    /// An error from `call`.
    public init(call: String, message: String) {
        self.call = call
        self.message = message
    }

    /// `call: message`.
    public var description: String { "\(call): \(message)" }
}
