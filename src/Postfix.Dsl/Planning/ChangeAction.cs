namespace Postfix.Dsl;

/// <summary>
/// What a running Postfix needs after a change, weakest first: a plan needs the strongest its changes
/// need, and the build commands (postmap, postalias) of every table that changed.
/// </summary>
public enum ChangeAction
{
    /// <summary>Nothing: Postfix notices by itself (an indexed table rebuilt in place), or the change means nothing.</summary>
    None,

    /// <summary><c>postfix reload</c>: every process re-reads main.cf, master.cf and its tables.</summary>
    Reload,

    /// <summary><c>postfix stop; postfix start</c>: what master itself set up at start (its listening addresses, its directories) changed.</summary>
    Restart,
}
