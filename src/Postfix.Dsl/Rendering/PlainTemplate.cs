using System;
using System.Collections.Generic;
using System.IO;

namespace Postfix.Dsl;

/// <summary>What a template can read of a view by name, without reflection (see <see cref="PlainTemplate"/>).</summary>
internal interface ITemplateModel
{
    /// <summary>The member a template names <paramref name="name"/> (<c>header</c>, <c>entries</c>, …), or null when there is none.</summary>
    object? Member(string name);
}

/// <summary>
/// A template that is only text, <c>{{ name }}</c> and <c>{{ write_rows name ~}}</c>, the three things
/// the built-in templates use, rendered without Scriban. The template file stays the layout: this
/// reads it and writes the same bytes Scriban writes, so a short process (the build's emitter) does
/// not have to load and compile Scriban's parser and interpreter to lay out five files. A template
/// with anything else (a loop, a condition, a function, whitespace control other than a <c>~}}</c>
/// that ends its line) is not plain and is rendered by Scriban; so is a view that lacks a member,
/// which lets Scriban's strict mode give its own error. Tests render every built-in template both
/// ways and compare the bytes.
/// </summary>
internal sealed class PlainTemplate
{
    // Names Scriban reads as keywords or literals, never as a variable.
    private static readonly HashSet<string> Keywords = new(StringComparer.Ordinal)
    {
        "if", "else", "end", "for", "in", "while", "func", "ret", "break", "continue", "capture", "case", "when", "with",
        "wrap", "import", "readonly", "include", "tablerow", "this", "empty", "null", "true", "false", "do", "by",
    };

    private readonly Segment[] _segments;

    private PlainTemplate(Segment[] segments) => _segments = segments;

    /// <summary>The template's pieces in order, or null when <paramref name="text"/> is not plain.</summary>
    public static PlainTemplate? TryParse(string text)
    {
        // Scriban's escape block and front matter change how text is read: not plain.
        if (text.Contains("{%{", StringComparison.Ordinal) || text.Contains("}%}", StringComparison.Ordinal) || text.StartsWith("+++", StringComparison.Ordinal))
        {
            return null;
        }

        var segments = new List<Segment>();
        var at = 0;
        while (at < text.Length)
        {
            var open = text.IndexOf("{{", at, StringComparison.Ordinal);
            if (open < 0)
            {
                segments.Add(new Segment(SegmentKind.Text, text[at..]));
                break;
            }

            if (open > at)
            {
                segments.Add(new Segment(SegmentKind.Text, text[at..open]));
            }

            var close = text.IndexOf("}}", open + 2, StringComparison.Ordinal);
            if (close < 0)
            {
                return null;
            }

            var (tag, trimRight) = ParseTag(text[(open + 2)..close]);
            if (tag is null)
            {
                return null;
            }

            segments.Add(tag);
            at = close + 2;
            if (trimRight)
            {
                // ~}} removes the newline that ends the tag's line; anything else on that line is beyond plain.
                if (at < text.Length && text[at] != '\n')
                {
                    return null;
                }

                at = Math.Min(at + 1, text.Length);
            }
        }

        return new PlainTemplate([.. segments]);
    }

    /// <summary>
    /// Writes the template for <paramref name="model"/>; false, having written nothing, when the model
    /// lacks a member or a member is not what the tag takes (a string, or rows for write_rows).
    /// </summary>
    public bool TryRender(object model, TextWriter writer)
    {
        if (model is not ITemplateModel members)
        {
            return false;
        }

        var values = new object[_segments.Length];
        for (var i = 0; i < _segments.Length; i++)
        {
            var segment = _segments[i];
            object? value = segment.Kind switch
            {
                SegmentKind.Text => segment.Text,
                SegmentKind.Value => members.Member(segment.Text) as string,
                _ => members.Member(segment.Text) as IRows,
            };
            if (value is null)
            {
                return false;
            }

            values[i] = value;
        }

        foreach (var value in values)
        {
            if (value is string text)
            {
                writer.Write(text);
            }
            else
            {
                ((IRows)value).WriteTo(writer);
            }
        }

        return true;
    }

    /// <summary><c> name </c> or <c> write_rows name </c>, each with an optional <c>~</c> before the closing braces.</summary>
    private static (Segment? Tag, bool TrimRight) ParseTag(string inner)
    {
        var trimRight = inner.EndsWith(" ~", StringComparison.Ordinal);
        var body = trimRight ? inner[..^1] : inner;
        if (body.Length < 3 || body[0] != ' ' || body[^1] != ' ')
        {
            return (null, false);
        }

        body = body[1..^1];
        const string WriteRows = "write_rows ";
        var (kind, name) = body.StartsWith(WriteRows, StringComparison.Ordinal)
            ? (SegmentKind.Rows, body[WriteRows.Length..])
            : (SegmentKind.Value, body);
        return IsName(name) ? (new Segment(kind, name), trimRight) : (null, false);
    }

    private static bool IsName(string name)
    {
        if (name.Length == 0 || name[0] is < 'a' or > 'z' || Keywords.Contains(name))
        {
            return false;
        }

        foreach (var c in name)
        {
            if (c is not ((>= 'a' and <= 'z') or (>= '0' and <= '9') or '_'))
            {
                return false;
            }
        }

        return true;
    }

    private enum SegmentKind
    {
        Text,
        Value,
        Rows,
    }

    /// <summary>Literal text, or the name a tag reads.</summary>
    private sealed record Segment(SegmentKind Kind, string Text);
}
