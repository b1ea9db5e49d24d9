using LiteDB;

namespace SoLienLac.Storage.LiteDb;

/// <summary>
/// Query predicates whose values travel as parameters. LiteDB 5.0.x's <c>Query.EQ("student", "HS0012")</c>
/// writes the value into the expression's text, and it compiles a delegate for every distinct text and
/// keeps it in a process-wide cache for good: a compile (and JIT) per student or per outbox poll, and
/// memory that only grows in a bot that runs for months. <c>$.student = @0</c> is compiled once and
/// still picks the index (a parameter counts as a value for the optimiser).
/// </summary>
internal static class Where
{
    /// <summary><c>field = value</c>, through the field's index when it has one.</summary>
    public static BsonExpression Is(string field, BsonValue value) => BsonExpression.Create($"{field} = @0", value);

    /// <summary>
    /// <c>field IN [values]</c>: one query for a class's students instead of one a student (LiteDB
    /// seeks each value in the field's index). Repeated values are read once.
    /// </summary>
    public static BsonExpression In(string field, IEnumerable<BsonValue> values) =>
        BsonExpression.Create($"{field} IN @0", new BsonArray(values.Distinct()));

    /// <summary><c>field LIKE 'prefix%'</c>.</summary>
    public static BsonExpression StartsWith(string field, string prefix) => BsonExpression.Create($"{field} LIKE @0", new BsonValue(prefix + "%"));

    /// <summary>A predicate written out, with <c>@0</c>, <c>@1</c>… for the values.</summary>
    public static BsonExpression Matches(string predicate, params BsonValue[] values) => BsonExpression.Create(predicate, values);
}
