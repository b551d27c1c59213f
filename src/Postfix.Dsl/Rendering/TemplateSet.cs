using System;
using System.Collections.Concurrent;
using System.IO;
using Scriban;

namespace Postfix.Dsl;

/// <summary>
/// A template, parsed by Scriban, and whether it is one of ours (which use no Scriban built-in
/// function) or a user's. A built-in template that is plain (<see cref="PlainTemplate"/>) is rendered
/// without Scriban, which then parses it only if something asks for it.
/// </summary>
internal sealed class LoadedTemplate
{
    private readonly Lazy<Template> _scriban;

    private LoadedTemplate(string text, string source, bool builtIn)
    {
        BuiltIn = builtIn;
        Plain = builtIn ? PlainTemplate.TryParse(text) : null;
        _scriban = new Lazy<Template>(() => Parse(text, source));
        if (Plain is null)
        {
            // Parsed now: a user's template with a syntax error fails when it is loaded, before anything is rendered.
            _ = _scriban.Value;
        }
    }

    /// <summary>The template as Scriban parsed it.</summary>
    public Template Template => _scriban.Value;

    /// <summary>True for a template embedded in the library.</summary>
    public bool BuiltIn { get; }

    /// <summary>The template's plain form, rendered without Scriban; null for a user's template and a built-in one that is not plain.</summary>
    public PlainTemplate? Plain { get; }

    /// <summary>
    /// True for a built-in template that writes <c>header</c> as its first line and uses it nowhere
    /// else: what it writes after that line does not depend on the host's name (see <see cref="SharedTableBodies"/>).
    /// </summary>
    public bool HeaderOnFirstLineOnly { get; private init; }

    public static LoadedTemplate Of(string text, string source, bool builtIn)
    {
        const string HeaderLine = "{{ header }}\n";
        text = text.Replace("\r\n", "\n");
        return new(text, source, builtIn)
        {
            // A user's template may call Scriban's functions (a date, a random value): it is always rendered in full.
            HeaderOnFirstLineOnly = builtIn && text.StartsWith(HeaderLine, StringComparison.Ordinal)
                && text.IndexOf("header", HeaderLine.Length, StringComparison.Ordinal) < 0,
        };
    }

    private static Template Parse(string text, string source)
    {
        var template = Template.Parse(text, source);
        if (template.HasErrors)
        {
            throw new InvalidOperationException($"Template {source} does not parse: {string.Join("; ", template.Messages)}");
        }

        return template;
    }
}

/// <summary>
/// The Scriban templates that lay out each artifact: <c>main.cf.scriban</c>, <c>master.cf.scriban</c>,
/// <c>access.scriban</c>, <c>regexp.scriban</c>, <c>transport.scriban</c>, <c>sasl_passwd.scriban</c>, <c>tls_policy.scriban</c>, <c>aliases.scriban</c>, <c>virtual.scriban</c>, <c>definition.scriban</c>, <c>address.scriban</c>, <c>syslog.conf.scriban</c>. The built-in ones are
/// embedded; <see cref="FromFolder"/> replaces any of them by a file of the same name.
/// Templates are parsed once and cached.
/// </summary>
public sealed class TemplateSet
{
    private static readonly ConcurrentDictionary<string, LoadedTemplate> Embedded = new(StringComparer.Ordinal);

    private readonly string? _folder;
    private readonly ConcurrentDictionary<string, LoadedTemplate> _overrides = new(StringComparer.Ordinal);

    private TemplateSet(string? folder) => _folder = folder;

    /// <summary>The built-in templates.</summary>
    public static TemplateSet Default { get; } = new(folder: null);

    /// <summary>
    /// Templates from <paramref name="folder"/> where it has a file of the same name
    /// (e.g. <c>main.cf.scriban</c>), the built-in ones otherwise.
    /// </summary>
    public static TemplateSet FromFolder(string folder)
    {
        if (!Directory.Exists(folder))
        {
            throw new DirectoryNotFoundException($"Template folder '{folder}' does not exist.");
        }

        return new TemplateSet(Path.GetFullPath(folder));
    }

    internal LoadedTemplate Get(string name)
    {
        if (_folder is not null)
        {
            var path = Path.Combine(_folder, name);
            if (File.Exists(path))
            {
                return _overrides.GetOrAdd(name, _ => LoadedTemplate.Of(File.ReadAllText(path), path, builtIn: false));
            }
        }

        return Embedded.GetOrAdd(name, static n => LoadedTemplate.Of(ReadEmbedded(n), "embedded " + n, builtIn: true));
    }

    private static string ReadEmbedded(string name)
    {
        using var stream = typeof(TemplateSet).Assembly.GetManifestResourceStream("Postfix.Dsl.Templates." + name)
            ?? throw new InvalidOperationException($"Built-in template '{name}' is missing from the assembly.");
        using var reader = new StreamReader(stream);
        return reader.ReadToEnd();
    }
}
