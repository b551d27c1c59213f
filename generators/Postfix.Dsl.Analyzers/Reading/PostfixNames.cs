using System.Text;

namespace Postfix.Dsl.Analyzers;

/// <summary>
/// The model names Postfix's names in C# casing (<c>reject_unknown_client</c> → <c>RejectUnknownClient</c>,
/// <c>smtpd_relay_restrictions</c> → <c>SmtpdRelayRestrictions</c>); these convert between the two.
/// A test checks the conversion against every member of <c>Restrictions</c>.
/// </summary>
internal static class PostfixNames
{
    /// <summary><c>CheckClientAAccess</c> → <c>check_client_a_access</c>.</summary>
    public static string FromMember(string member)
    {
        var name = new StringBuilder(member.Length + 8);
        for (var i = 0; i < member.Length; i++)
        {
            var c = member[i];
            if (char.IsUpper(c))
            {
                if (i > 0)
                {
                    name.Append('_');
                }

                name.Append(char.ToLowerInvariant(c));
            }
            else
            {
                name.Append(c);
            }
        }

        return name.ToString();
    }

    /// <summary><c>reject_unauth_destination</c> → <c>RejectUnauthDestination</c>.</summary>
    public static string ToMember(string name)
    {
        var member = new StringBuilder(name.Length);
        var upper = true;
        foreach (var c in name)
        {
            if (c == '_')
            {
                upper = true;
                continue;
            }

            member.Append(upper ? char.ToUpperInvariant(c) : c);
            upper = false;
        }

        return member.ToString();
    }
}
