namespace Postfix.Dsl;

/// <summary>
/// Postfix daemons that cannot run chrooted (PFX0307): they open mailboxes, run commands or read
/// tables outside the queue directory, so inside the jail they fail at delivery time.
/// Shared with the analyzers.
/// </summary>
internal static class ChrootCapability
{
    /// <summary>True when the master.cf command <paramref name="command"/> must not be chrooted.</summary>
    public static bool CannotChroot(string command) =>
        command is "local" or "virtual" or "pipe" or "spawn" or "proxymap" or "postlogd" or "postdrop";
}
