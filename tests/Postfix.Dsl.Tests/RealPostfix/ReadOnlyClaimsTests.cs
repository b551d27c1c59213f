using System.IO;
using System.Linq;
using Xunit;

namespace Postfix.Dsl.Tests.RealPostfix;

/// <summary>
/// The catalog calls a parameter read-only (CS0619: it cannot be set) only when the real postconf
/// warns about a main.cf that sets it; one Postfix honours without a word is merely discouraged
/// (PFX0315, a warning). Each claim is checked against Postfix itself.
/// </summary>
public class ReadOnlyClaimsTests
{
    public static TheoryData<string, string> Claims()
    {
        var claims = new TheoryData<string, string>();
        foreach (var row in File.ReadAllLines(Path.Combine(RepositoryPaths.Root, "src", "Postfix.Dsl", "Catalog", "parameters.tsv")).Skip(1).Select(l => l.Split('\t')))
        {
            if (row[5] is "read-only" or "discouraged")
            {
                claims.Add(row[0], row[5]);
            }
        }

        return claims;
    }

    [Theory]
    [MemberData(nameof(Claims))]
    public void Postfix_warns_about_a_read_only_parameter_and_honours_a_discouraged_one(string name, string status)
    {
        PostfixTools.Require();
        var result = Postconf.Run($"compatibility_level = 3.6\n{name} = chosen-value\n", string.Empty, "-x", name);

        if (status == "read-only")
        {
            Assert.Contains(result.Warnings, w => w.Contains(name + "=", System.StringComparison.Ordinal));
        }
        else
        {
            Assert.Empty(result.Warnings);
            Assert.Equal("chosen-value", result.Parameters[name]);
        }
    }
}
