using System;
using System.Collections.Generic;

namespace Postfix.Dsl;

/// <summary>
/// What a change to a main.cf parameter needs. Every parameter needs a reload: long-running daemons keep
/// the values they read at start until they exit. A few need a full restart, because master(8) acts on
/// them only when it starts: postconf(5) says so of <c>inet_interfaces</c> and <c>inet_protocols</c>
/// ("you MUST stop and start Postfix"); master also changes into <c>queue_directory</c>, writes its pid
/// under <c>process_id_directory</c>, and keeps <c>data_directory</c>'s lock and the daemons'
/// <c>daemon_directory</c>, <c>mail_owner</c> and <c>import_environment</c> from its start.
/// </summary>
public static class ParameterImpacts
{
    private static readonly HashSet<string> NeedRestart = new(StringComparer.Ordinal)
    {
        "inet_interfaces", "inet_protocols", "queue_directory", "data_directory", "process_id_directory",
        "daemon_directory", "mail_owner", "import_environment", "meta_directory", "shlib_directory",
    };

    /// <summary>What a change to <paramref name="parameter"/> needs: <see cref="ChangeAction.Restart"/> or <see cref="ChangeAction.Reload"/>.</summary>
    public static ChangeAction Of(string parameter) =>
        NeedRestart.Contains(parameter) ? ChangeAction.Restart : ChangeAction.Reload;
}
