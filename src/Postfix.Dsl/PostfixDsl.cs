using System.Linq;

namespace Postfix.Dsl;

/// <summary>
/// The entry points: validate a <see cref="MailHost"/>, render its files, and write them.
/// Data flows one way: model → validation → rendering → files; nothing is rendered or written for
/// a host with validation errors.
/// </summary>
public static class PostfixDsl
{
    /// <summary>Validates <paramref name="host"/> and renders its files in memory, with the validation warnings.</summary>
    /// <exception cref="PostfixValidationException">The host has validation errors.</exception>
    public static RenderedHost Render(MailHost host, TemplateSet? templates = null)
    {
        var warnings = HostValidator.ThrowIfInvalid(host);
        return HostRenderer.Render(host, templates ?? TemplateSet.Default) with { Warnings = warnings };
    }

    /// <summary>
    /// Validates and renders <paramref name="host"/>, then writes its files into
    /// <c><paramref name="outputRoot"/>/host-name/</c>, touching only files whose content changed.
    /// Warnings and notes do not stop the writing; they are returned in <see cref="EmitResult.Warnings"/>.
    /// </summary>
    /// <exception cref="PostfixValidationException">The host has validation errors; nothing was written.</exception>
    public static EmitResult Emit(MailHost host, string outputRoot, TemplateSet? templates = null)
    {
        var rendered = Render(host, templates);
        return HostWriter.Write(rendered, outputRoot) with { Warnings = rendered.Warnings };
    }
}
