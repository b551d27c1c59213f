namespace Postfix.Dsl;

/// <summary>
/// The %-expansions of a database table query (sqlite_table(5), ldap_table(5), mysql_table(5),
/// pgsql_table(5)): <c>%%</c>, the key <c>%s</c>, its local part <c>%u</c> and domain <c>%d</c>,
/// the domain's labels <c>%1</c>…<c>%9</c>, and their upper-case forms (<c>%S</c>, <c>%U</c>, <c>%D</c>),
/// which are the same for a table without a domain filter. PFX0326.
/// </summary>
internal static class QueryExpansions
{
    /// <summary>What is wrong with <paramref name="query"/>: an unknown expansion, or no expansion of the key at all; null when it is fine.</summary>
    public static string? Problem(string query)
    {
        var usesKey = false;
        for (var i = 0; i < query.Length; i++)
        {
            if (query[i] != '%')
            {
                continue;
            }

            if (i + 1 == query.Length)
            {
                return "ends with a lone '%'";
            }

            var c = query[++i];
            if (c is 's' or 'u' or 'd' or 'S' or 'U' or 'D' or (>= '1' and <= '9'))
            {
                usesKey = true;
            }
            else if (c != '%')
            {
                return $"has %{c}, which the table does not expand";
            }
        }

        return usesKey ? null : "never uses the key (%s, %u, %d or %1…%9), so every lookup gets the same answer";
    }
}
