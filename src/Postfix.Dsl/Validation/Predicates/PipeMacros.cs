using System.Collections.Generic;

namespace Postfix.Dsl;

/// <summary>
/// The macros pipe(8) expands in a service's <c>argv=</c>: <c>$name</c>, <c>${name}</c> and
/// <c>${name?text}</c>/<c>${name:text}</c>, with <c>$$</c> a literal dollar. Any other name makes
/// every delivery through the service fail ("unknown macro name"), which no tool reports ahead.
/// </summary>
internal static class PipeMacros
{
    private static readonly HashSet<string> Known =
    [
        "client_address", "client_helo", "client_hostname", "client_port", "client_protocol", "domain", "extension", "mailbox",
        "nexthop", "original_recipient", "queue_id", "recipient", "sasl_method", "sasl_sender", "sasl_username", "sender", "size", "user",
    ];

    /// <summary>The macro names <paramref name="arguments"/> use after <c>argv=</c> that pipe(8) does not define.</summary>
    public static IEnumerable<string> Unknown(IReadOnlyList<string> arguments)
    {
        var inArgv = false;
        foreach (var argument in arguments)
        {
            inArgv |= argument.StartsWith("argv=", System.StringComparison.Ordinal);
            if (!inArgv)
            {
                continue;
            }

            foreach (var name in ParameterReferences.In(argument))
            {
                if (!Known.Contains(name))
                {
                    yield return name;
                }
            }
        }
    }

    /// <summary>The macros pipe(8) defines, for the expected form of a finding.</summary>
    public static string List => string.Join(", ", new SortedSet<string>(Known));
}
