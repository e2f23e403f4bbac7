import TerminalUI

/// The binding ids of secretty's TUI and its default keymap, as data.
///
/// Every binding has an id that tests press and configuration remaps; bindings that write to the backend
/// carry `writes`, so read-only mode disables them and says why when one is pressed.
public enum AppKeymap {
    // MARK: - Sections

    /// Bindings active everywhere outside a text field.
    public static let global = "global"
    /// Bindings of a selected secret.
    public static let secret = "secret"
    /// Bindings of the versions pane.
    public static let versions = "versions"
    /// Bindings of the form.
    public static let form = "form"
    /// Bindings of the review.
    public static let review = "review"

    // MARK: - Ids

    /// `?` help.
    public static let help = "app.help"
    /// `:` command line.
    public static let command = "app.command"
    /// `/` filter.
    public static let filter = "app.filter"
    /// Tab: next pane.
    public static let nextPane = "app.nextPane"
    /// Shift-Tab: previous pane.
    public static let previousPane = "app.previousPane"
    /// Esc: back or cancel.
    public static let back = "app.back"
    /// Ctrl-R: refresh.
    public static let refresh = "app.refresh"
    /// `q`: quit.
    public static let quit = "app.quit"
    /// Ctrl-C: quit at once, from anywhere.
    public static let interrupt = "app.interrupt"
    /// Enter: open.
    public static let open = "list.open"
    /// `e`: edit the selected secret.
    public static let edit = "secret.edit"
    /// `n`: new secret.
    public static let new = "secret.new"
    /// `D`: delete the selected secret.
    public static let delete = "secret.delete"
    /// `R`: restore the selected secret.
    public static let restore = "secret.restore"
    /// `v`: reveal or mask the selected value.
    public static let reveal = "secret.reveal"
    /// `y`: copy the selected value.
    public static let copy = "secret.copy"
    /// `p`: make the selected version AWSCURRENT.
    public static let promote = "versions.promote"
    /// `z`: undo the last write or label move.
    public static let undo = "versions.undo"
    /// `L`: add or remove a custom label.
    public static let label = "versions.label"
    /// `x`: show or hide deprecated versions.
    public static let deprecated = "versions.deprecated"
    /// Enter in the form: edit the value.
    public static let formEdit = "form.edit"
    /// `a`: add a key.
    public static let formAdd = "form.add"
    /// `d`: delete a key.
    public static let formDelete = "form.delete"
    /// `r`: rename a key.
    public static let formRename = "form.rename"
    /// `t`: change the type.
    public static let formType = "form.type"
    /// Ctrl-G: generate a password into the field.
    public static let formGenerate = "form.generate"
    /// Ctrl-X: raw mode.
    public static let formRaw = "form.raw"
    /// Ctrl-S: review.
    public static let formReview = "form.review"
    /// Enter in the review: submit.
    public static let submit = "review.submit"
    /// `s`: edit the staging labels to send.
    public static let stages = "review.stages"

    // MARK: - Defaults

    /// The default keymap of the product brief; the list bindings come from `ListBindings`.
    public static let defaults = Keymap(
        [
            Binding(help, keys: [.char("?")], help: "help", section: global, hint: "help"),
            Binding(command, keys: [.char(":")], help: "command line (:profile :region :vault :theme :readonly :q)",
                    section: global),
            Binding(filter, keys: [.char("/")], help: "filter the secrets", section: global, hint: "filter"),
            Binding(nextPane, keys: [.tab], help: "next pane", section: global),
            Binding(previousPane, keys: [.backTab], help: "previous pane", section: global),
            Binding(back, keys: [.escape], help: "back or cancel the running request", section: global),
            Binding(refresh, keys: [.ctrl("r")], help: "refresh", section: global),
            Binding(quit, keys: [.char("q")], help: "quit (asks when edits are unsaved)", section: global, hint: "quit"),
            Binding(interrupt, keys: [.ctrl("c")], help: "quit at once, from anywhere", section: global),
        ] + ListBindings.defaults + [
            Binding(open, keys: [.enter], help: "open", section: ListBindings.section),
            Binding(edit, keys: [.char("e")], help: "edit the secret", section: secret, writes: true, hint: "edit"),
            Binding(new, keys: [.char("n")], help: "new secret", section: secret, writes: true),
            Binding(delete, keys: [.char("D")], help: "delete (recovery window; type the name to confirm)",
                    section: secret, writes: true),
            Binding(restore, keys: [.char("R")], help: "restore a secret scheduled for deletion", section: secret,
                    writes: true),
            Binding(reveal, keys: [.char("v")], help: "reveal or mask the selected value", section: secret,
                    hint: "reveal"),
            Binding(copy, keys: [.char("y")], help: "copy the selected value (OSC 52)", section: secret, hint: "copy"),
            Binding(promote, keys: [.char("p")], help: "make the selected version AWSCURRENT (preview first)",
                    section: versions, writes: true, hint: "promote"),
            Binding(undo, keys: [.char("z")], help: "undo the last write or label move (preview first)",
                    section: versions, writes: true, hint: "undo"),
            Binding(label, keys: [.char("L")], help: "add or remove a custom label", section: versions, writes: true),
            Binding(deprecated, keys: [.char("x")], help: "show or hide deprecated versions", section: versions),
            Binding(formEdit, keys: [.enter], help: "edit the value", section: form, hint: "edit"),
            Binding(formAdd, keys: [.char("a")], help: "add a key", section: form, hint: "add"),
            Binding(formDelete, keys: [.char("d")], help: "delete a key", section: form),
            Binding(formRename, keys: [.char("r")], help: "rename a key", section: form),
            Binding(formType, keys: [.char("t")], help: "change the type", section: form),
            Binding(formGenerate, keys: [.ctrl("g")], help: "generate a password into the field", section: form),
            Binding(formRaw, keys: [.ctrl("x")], help: "raw text mode", section: form),
            Binding(formReview, keys: [.ctrl("s")], help: "review the changes", section: form, writes: true,
                    hint: "review"),
            Binding(submit, keys: [.enter], help: "submit", section: review, writes: true, hint: "submit"),
            Binding(stages, keys: [.char("s")], help: "edit the staging labels to send", section: review,
                    hint: "stages"),
        ])
}
