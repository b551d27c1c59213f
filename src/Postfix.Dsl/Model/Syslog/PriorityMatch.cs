namespace Postfix.Dsl;

/// <summary>How a selector compares the priority of a message with its own.</summary>
public enum PriorityMatch
{
    /// <summary>This priority and higher (no prefix).</summary>
    AtLeast,

    /// <summary><c>=</c>: exactly this priority.</summary>
    Exactly,

    /// <summary><c>!</c>: below this priority only.</summary>
    Below,

    /// <summary><c>!=</c>: every priority except this one.</summary>
    AllBut,
}
