import Foundation
import SecretsCore

/// An element of a small XML tree: local name (any `prefix:` dropped), text and child elements. Attributes are
/// not kept: the AWS Query protocol carries everything in elements.
public struct XMLNode: Sendable, Hashable {
    /// The local name of the element.
    public var name: String
    /// The element's own text (entities decoded, CDATA included), without its children's text.
    public var text: String
    /// The child elements in order.
    public var children: [XMLNode]

    /// Creates an element.
    public init(name: String, text: String = "", children: [XMLNode] = []) {
        self.name = name
        self.text = text
        self.children = children
    }

    // MARK: - Lookup

    /// The first child with this name.
    public func child(_ name: String) -> XMLNode? {
        children.first { $0.name == name }
    }

    /// The element reached by following child names, for example `["Error", "Code"]`.
    public func path(_ names: [String]) -> XMLNode? {
        var node = self
        for name in names {
            guard let next = node.child(name) else { return nil }
            node = next
        }
        return node
    }

    /// The first element with this name in document order, this one included.
    public func firstDescendant(_ name: String) -> XMLNode? {
        if self.name == name { return self }
        for child in children {
            if let found = child.firstDescendant(name) { return found }
        }
        return nil
    }

    /// The element's text with surrounding whitespace removed.
    public var trimmedText: String { text.trimmingWhitespace }
}
