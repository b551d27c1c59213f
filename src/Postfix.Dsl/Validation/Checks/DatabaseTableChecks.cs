using System.Linq;

namespace Postfix.Dsl;

/// <summary>Checks a database table definition: the database path, the query's expansions (PFX0326), the domains and the limit.</summary>
internal static class DatabaseTableChecks
{
    public static void Check(ValidationContext context, SqliteTable table)
    {
        var artifact = table.FileName;
        if (ParameterChecks.ReportControlCharacters(context, artifact, "definition", [table.DatabasePath ?? string.Empty, table.Query ?? string.Empty, table.ResultFormat ?? string.Empty, .. table.Domains]))
        {
            return;
        }

        var path = table.DatabasePath ?? string.Empty;
        if (path.Length < 2 || path[0] != '/' || path.Any(char.IsWhiteSpace))
        {
            context.Report(ValidationRules.Unwritable, artifact, "dbpath", path, "is not an absolute path without blanks", "the database file, e.g. /var/lib/postfix/mail.sqlite");
        }

        var query = table.Query ?? string.Empty;
        if (QueryExpansions.Problem(query) is { } problem)
        {
            context.Report(ValidationRules.QueryWithoutKey, artifact, "query", query, problem, "a query that selects by the key, e.g. SELECT goto FROM alias WHERE address='%s'");
        }

        if (table.ResultFormat is { } format && format.Length == 0)
        {
            context.Report(ValidationRules.Unwritable, artifact, "result_format", format, "is empty, so every result would be the empty string", "%s, or a form such as smtp:[%s]");
        }

        foreach (var domain in table.Domains.Where(d => !ListItemReferences.IsReference(d) && !HostNameSyntax.IsValid(d)))
        {
            context.Report(ValidationRules.InvalidHostName, artifact, "domain", domain, "is not a valid domain name", "domains such as example.org, or a table reference");
        }

        if (table.ExpansionLimit is < 0)
        {
            context.Report(ValidationRules.Unwritable, artifact, "expansion_limit", table.ExpansionLimit.Value.ToString(System.Globalization.CultureInfo.InvariantCulture),
                "is negative", "a count of results, or null for no limit");
        }
    }
}
