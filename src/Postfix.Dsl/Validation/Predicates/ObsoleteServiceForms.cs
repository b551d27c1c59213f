namespace Postfix.Dsl;

/// <summary>
/// master.cf forms from before Postfix 2.10 (PFX0302): <c>fifo</c> pickup and qmgr services, and the
/// <c>nqmgr</c> command, which is qmgr since Postfix 2.1. Shared with the analyzers and their code fixes.
/// </summary>
internal static class ObsoleteServiceForms
{
    /// <summary>The modern command for <paramref name="command"/>, or null when it is current.</summary>
    public static string? ModernCommand(string command) => command == "nqmgr" ? "qmgr" : null;

    /// <summary>The problem of a fifo service, the same in the analyzer and at emit.</summary>
    public const string FifoProblem = "uses the fifo type, obsolete since Postfix 2.10 (pickup and qmgr listen on unix sockets)";

    /// <summary>The problem of the nqmgr command.</summary>
    public const string NqmgrProblem = "is the pre-2.1 name of the queue manager";
}
