/// One key press: a character, a control or Alt chord, or a named key.
public enum Key: Hashable, Sendable {
    /// A printable character (including space), as typed.
    case char(Character)
    /// Ctrl plus a letter or one of `@[\]^_`, stored lowercase (`ctrl("s")`).
    case ctrl(Character)
    /// Alt (Meta) plus a printable character: the terminal sends Esc then the character.
    case alt(Character)
    /// Enter or Return.
    case enter
    /// Tab.
    case tab
    /// Shift-Tab.
    case backTab
    /// Escape on its own.
    case escape
    /// Backspace.
    case backspace
    /// Delete (forward).
    case delete
    /// Insert.
    case insert
    /// Arrow up.
    case up
    /// Arrow down.
    case down
    /// Arrow left.
    case left
    /// Arrow right.
    case right
    /// Home.
    case home
    /// End.
    case end
    /// Page up.
    case pageUp
    /// Page down.
    case pageDown
    /// A function key, `F1` to `F24`.
    case function(Int)
}

/// An input event: a key, a paste, or a change of terminal size.
public enum KeyEvent: Hashable, Sendable {
    /// A key press.
    case key(Key)
    /// Text that arrived as one bracketed paste.
    case paste(String)
    /// The terminal now has this size.
    case resize(Size)

    /// A printable character event.
    public static func char(_ character: Character) -> KeyEvent { .key(.char(character)) }
    /// A Ctrl-chord event.
    public static func ctrl(_ character: Character) -> KeyEvent { .key(.ctrl(character)) }

    /// The key, when the event is one.
    public var key: Key? {
        if case .key(let key) = self { return key }
        return nil
    }
}
