using System.IO;
using System.Linq;
using System.Reflection;
using Xunit;

namespace Postfix.Dsl.Tests.Validation;

public class RuleCatalogTests
{
    private static ValidationRule[] All() => new[] { typeof(ValidationRules), typeof(BuildRules) }
        .SelectMany(type => type.GetProperties(BindingFlags.Public | BindingFlags.Static))
        .Select(p => (ValidationRule)p.GetValue(null)!)
        .ToArray();

    [Fact]
    public void Rule_ids_are_unique_and_numbered_PFXnnnn() =>
        Assert.All(All().GroupBy(r => r.Id), g =>
        {
            Assert.Single(g);
            Assert.Matches("^PFX[0-9]{4}$", g.Key);
        });

    [Fact]
    public void Every_rule_has_a_documentation_page_that_names_it() =>
        Assert.All(All(), rule =>
        {
            Assert.StartsWith("https://github.com/postfix-dsl/postfix-dsl/blob/main/docs/diagnostics/", rule.HelpLink);
            var page = Path.Combine(RepositoryPaths.Root, "docs", "diagnostics", rule.Id + ".md");
            Assert.True(File.Exists(page), $"{page} is missing");
            Assert.StartsWith($"# {rule.Id}: {rule.Title}", File.ReadAllText(page));
        });

    [Fact]
    public void Several_problems_are_all_reported_at_once_in_model_order()
    {
        var host = TestHosts.WithMainCf(new()
        {
            Mynetworks = ["10.0.0.0/33"],
            SmtpdBanner = "a\nb",
            SmtpdRelayRestrictions = [Restrictions.PermitMynetworks],
        });

        Assert.Equal(["PFX0002", "PFX0001", "PFX0006"], HostValidator.Validate(host).Select(e => e.Rule.Id));
    }
}
