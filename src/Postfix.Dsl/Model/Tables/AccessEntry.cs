namespace Postfix.Dsl;

/// <summary>One line of an access table.</summary>
/// <param name="Key">What is looked up.</param>
/// <param name="Action">What Postfix does when the key matches.</param>
public sealed record AccessEntry(AccessKey Key, AccessAction Action);
