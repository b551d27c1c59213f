using System;
using System.IO;
using System.Linq;
using Xunit;

namespace Postfix.Dsl.Tests.Rendering;

/// <summary>
/// Built-in templates that are only text, values and write_rows are rendered without Scriban
/// (<see cref="PlainTemplate"/>). Scriban is the reference: the same template text given as a user's
/// template (always rendered by Scriban) must write exactly the same bytes for every snapshot case.
/// </summary>
public sealed class PlainTemplateTests : IDisposable
{
    private static readonly string[] BuiltIn =
    [
        "main.cf.scriban", "master.cf.scriban", "access.scriban", "regexp.scriban", "transport.scriban", "sasl_passwd.scriban", "tls_policy.scriban",
        "aliases.scriban", "virtual.scriban", "definition.scriban", "address.scriban", "syslog.conf.scriban",
    ];

    private readonly string _folder = Directory.CreateTempSubdirectory("postfix-dsl-plain-").FullName;

    public void Dispose() => Directory.Delete(_folder, recursive: true);

    [Fact]
    public void Every_built_in_template_is_plain_and_writes_what_scriban_writes_for_every_snapshot_case()
    {
        // The built-in templates' own text, as a user's copy: Scriban renders those.
        foreach (var name in BuiltIn)
        {
            Assert.NotNull(TemplateSet.Default.Get(name).Plain);
            using var embedded = typeof(TemplateSet).Assembly.GetManifestResourceStream("Postfix.Dsl.Templates." + name)!;
            using var copy = File.Create(Path.Combine(_folder, name));
            embedded.CopyTo(copy);
        }

        var scriban = TemplateSet.FromFolder(_folder);
        Assert.All(BuiltIn, name => Assert.Null(scriban.Get(name).Plain));
        var files = 0;
        foreach (var (name, snapshotCase) in SnapshotCases.All)
        {
            var plain = PostfixDsl.Render(snapshotCase.Host);
            var reference = PostfixDsl.Render(snapshotCase.Host, scriban);
            Assert.Equal(reference.Files.Select(f => f.Name), plain.Files.Select(f => f.Name));
            foreach (var file in reference.Files)
            {
                Assert.True(file.Content == plain.File(file.Name), $"{name}/{file.Name} differs:\n{file.Content}\n---\n{plain.File(file.Name)}");
                files++;
            }
        }

        Assert.True(files > 40, $"only {files} files compared");
    }

    [Theory]
    [InlineData("{{ header }}\n# {{ note }}\n\n{{ write_rows entries ~}}\n", true)]
    [InlineData("text only\n", true)]
    [InlineData("{{ write_rows entries ~}}", true)]
    [InlineData("{{~ header }}\n", false)] // whitespace control on the left
    [InlineData("{{ header -}}\n", false)]
    [InlineData("{{ header ~}} more\n", false)] // ~}} must end its line
    [InlineData("{{header}}\n", false)]
    [InlineData("{{ for e in entries }}{{ e.line }}{{ end }}\n", false)]
    [InlineData("{{ entry.line }}\n", false)]
    [InlineData("{{ header | string.upcase }}\n", false)]
    [InlineData("{{ end }}\n", false)]
    [InlineData("{%{ {{ header }} }%}\n", false)]
    [InlineData("{{ header }\n", false)]
    public void Only_text_values_and_write_rows_are_plain(string template, bool plain) =>
        Assert.Equal(plain, PlainTemplate.TryParse(template) is not null);

    [Fact]
    public void A_view_without_a_member_the_template_names_is_left_to_scriban()
    {
        var template = PlainTemplate.TryParse("{{ header }}\n{{ note }}\n")!;
        var written = new StringWriter();

        Assert.False(template.TryRender(new MainCfView("# h", new Rows<MainCfEntryView>(0, _ => null!, (_, _) => { })), written));
        Assert.Equal(string.Empty, written.ToString());
    }
}
