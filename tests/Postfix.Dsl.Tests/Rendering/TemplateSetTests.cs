using System;
using System.IO;
using Xunit;

namespace Postfix.Dsl.Tests.Rendering;

public sealed class TemplateSetTests : IDisposable
{
    private readonly string _folder = Directory.CreateTempSubdirectory("postfix-dsl-templates-").FullName;

    public void Dispose() => Directory.Delete(_folder, recursive: true);

    [Fact]
    public void A_template_in_the_users_folder_replaces_the_built_in_one_of_the_same_name_only()
    {
        File.WriteAllText(Path.Combine(_folder, "syslog.conf.scriban"), "# custom\n{{ for rule in rules }}{{ rule.selector }}\t{{ rule.destination }}\n{{ end }}");

        var host = TestHosts.Minimal with { SyslogConf = SyslogConf.ForFacility(SyslogFacility.Mail) };
        var rendered = PostfixDsl.Render(host, TemplateSet.FromFolder(_folder));

        Assert.StartsWith("# custom\nmail.*\t/var/log/mail.log\n", rendered.File("syslog.conf"));
        Assert.Equal(PostfixDsl.Render(TestHosts.Minimal).File("main.cf"), rendered.File("main.cf"));
    }

    [Fact]
    public void An_undefined_variable_in_a_template_is_an_error_not_an_empty_string()
    {
        File.WriteAllText(Path.Combine(_folder, "main.cf.scriban"), "{{ no_such_variable }}\n");

        var error = Assert.ThrowsAny<Exception>(() => PostfixDsl.Render(TestHosts.Minimal, TemplateSet.FromFolder(_folder)));
        Assert.Contains("no_such_variable", error.Message);
    }

    [Fact]
    public void A_template_that_does_not_parse_is_reported_with_its_path()
    {
        File.WriteAllText(Path.Combine(_folder, "main.cf.scriban"), "{{ for x in }}\n");

        var error = Assert.Throws<InvalidOperationException>(() => PostfixDsl.Render(TestHosts.Minimal, TemplateSet.FromFolder(_folder)));
        Assert.Contains("main.cf.scriban", error.Message);
    }

    [Fact]
    public void A_missing_template_folder_is_reported() =>
        Assert.Throws<DirectoryNotFoundException>(() => TemplateSet.FromFolder(Path.Combine(_folder, "missing")));
}
