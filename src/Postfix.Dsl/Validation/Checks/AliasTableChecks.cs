using System.Linq;

namespace Postfix.Dsl;

/// <summary>Checks an aliases(5) table: its type, each name, each target's form, and commands or files not marked intended (PFX0324).</summary>
internal static class AliasTableChecks
{
    public static void Check(ValidationContext context, AliasTable table)
    {
        var artifact = table.FileName;
        if (table.Type is TableType.Regexp or TableType.Pcre or TableType.Cidr)
        {
            context.Report(ValidationRules.InvalidTableType, artifact, "type", EnumText.Of(table.Type),
                "cannot hold alias names", "hash, lmdb, cdb or texthash, built with postalias");
            return;
        }

        foreach (var entry in table.Entries)
        {
            var name = entry.Name ?? string.Empty;
            var location = "alias " + name;
            if (ParameterChecks.ReportControlCharacters(context, artifact, location, [name, .. entry.Targets.Select(t => t.Value)]))
            {
                continue;
            }

            if (name.Length == 0 || name.Any(c => char.IsWhiteSpace(c) || c is ':' or '"' or ',' or '#' or '@'))
            {
                context.Report(ValidationRules.InvalidAccessKey, artifact, location, name,
                    "is not a local name: aliases(5) ends the name at ':' and splits at blanks", "a local part without blanks, ':', ',', '\"' or '@', e.g. postmaster");
                continue;
            }

            if (entry.Targets.Count == 0)
            {
                context.Report(ValidationRules.InvalidAccessKey, artifact, location, name, "has no target, which postalias refuses", "at least one AliasTarget");
            }

            foreach (var target in entry.Targets)
            {
                CheckTarget(context, artifact, location, target);
            }
        }
    }

    private static void CheckTarget(ValidationContext context, string artifact, string location, AliasTarget target)
    {
        var value = target.Value ?? string.Empty;
        var problem = target.Kind switch
        {
            AliasTargetKind.Address => value.Length == 0 || value.Any(c => char.IsWhiteSpace(c) || c is ',' or '"' or ':' or '|') || value[0] == '/'
                ? "is not an address or local name (a blank, ',', '\"', ':' or '|' would change what aliases(5) reads)"
                : null,
            AliasTargetKind.Include or AliasTargetKind.File => value.Length < 2 || value[0] != '/' || value.Any(c => char.IsWhiteSpace(c) || c is ',' or '"')
                ? "is not an absolute path without blanks, ',' or '\"'"
                : null,
            _ => value.Length == 0 || value.Contains('"') ? "is empty or holds '\"', which would end the quoted command early" : null,
        };
        if (problem is not null)
        {
            context.Report(ValidationRules.Unwritable, artifact, location, value, problem, "AliasTarget.Address(\"admin@example.org\"), .Include(\"/etc/postfix/lists/staff\"), .Command(\"/usr/bin/procmail\") or .File(\"/var/mail/archive\")");
            return;
        }

        if (target.Kind is AliasTargetKind.Command or AliasTargetKind.File && !target.Intended)
        {
            context.Report(ValidationRules.DangerousAliasTarget, artifact, location, target.Text,
                target.Kind == AliasTargetKind.Command
                    ? "runs a command for every message to this alias, as the alias table's owner, with the message as input"
                    : "appends every message to this alias to a file, as the alias table's owner",
                "an address, or the target marked Intended = true when the delivery is meant (allow_mail_to_commands / allow_mail_to_files must allow it)");
        }
    }
}
