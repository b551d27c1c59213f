namespace Postfix.Dsl;

/// <summary>
/// A lookup table that this host references but does not generate, such as <c>hash:/etc/aliases</c>
/// or <c>proxy:unix:passwd.byname</c>. Written exactly as given.
/// </summary>
/// <param name="Reference">The Postfix table reference, <c>type:name</c>.</param>
public sealed record ExternalTable(string Reference) : TableReference;
