import SecretsCore

/// A parsed JMESPath expression.
indirect enum JMESPathNode: Sendable {
    /// `@`, and the implicit current node of projections.
    case current
    /// `foo` or `"foo"`.
    case field(String)
    /// `left.right` (also `left[0]`): evaluate `right` on `left`'s result.
    case subexpression(JMESPathNode, JMESPathNode)
    /// `[n]`.
    case index(Int)
    /// `[start:stop:step]`.
    case slice(start: Int?, stop: Int?, step: Int?)
    /// A `` `json` `` or `'raw'` literal.
    case literal(JSONValue)
    /// `left[*]...`, `left[]...`, `left[a:b]...`: `right` applied to each element of `left`'s array.
    case listProjection(JMESPathNode, JMESPathNode)
    /// `left.*...`: `right` applied to each value of `left`'s object.
    case valueProjection(JMESPathNode, JMESPathNode)
    /// `left[?condition]...`.
    case filterProjection(JMESPathNode, JMESPathNode, condition: JMESPathNode)
    /// Flattens one level of `left`'s array.
    case flatten(JMESPathNode)
    /// `a == b` and the other comparators.
    case comparison(JMESPathComparator, JMESPathNode, JMESPathNode)
    /// `a || b`.
    case or(JMESPathNode, JMESPathNode)
    /// `a && b`.
    case and(JMESPathNode, JMESPathNode)
    /// `!a`.
    case not(JMESPathNode)
    /// `[a, b]`.
    case multiselectList([JMESPathNode])
    /// `{k: a}`.
    case multiselectHash([(key: String, value: JMESPathNode)])
    /// `a | b`.
    case pipe(JMESPathNode, JMESPathNode)
    /// `name(args...)`.
    case function(JMESPathFunction, [JMESPathNode])
    /// `&expr`, an argument of `sort_by`, `map` and the like.
    case expressionReference(JMESPathNode)
}

/// A comparison operator.
enum JMESPathComparator: Sendable {
    case eq, ne, lt, lte, gt, gte
}
