/// The binding ids list-like widgets act on, and their default keys.
public enum ListBindings {
    /// Section of the list bindings.
    public static let section = "lists"
    /// Selection down one row.
    public static let down = "list.down"
    /// Selection up one row.
    public static let up = "list.up"
    /// Selection to the first row.
    public static let top = "list.top"
    /// Selection to the last row.
    public static let bottom = "list.bottom"
    /// Selection down a page.
    public static let pageDown = "list.pageDown"
    /// Selection up a page.
    public static let pageUp = "list.pageUp"

    /// The default list bindings: `j`/`k`/arrows, `g`/`G`/Home/End, PgUp/PgDn.
    public static let defaults: [Binding] = [
        Binding(down, keys: [.char("j"), .down], help: "next row", section: section),
        Binding(up, keys: [.char("k"), .up], help: "previous row", section: section),
        Binding(top, keys: [.char("g"), .home], help: "first row", section: section),
        Binding(bottom, keys: [.char("G"), .end], help: "last row", section: section),
        Binding(pageDown, keys: [.pageDown, .ctrl("f")], help: "page down", section: section),
        Binding(pageUp, keys: [.pageUp, .ctrl("b")], help: "page up", section: section),
    ]
}
