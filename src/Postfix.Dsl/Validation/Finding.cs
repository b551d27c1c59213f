using System.Globalization;
using System.Text;

namespace Postfix.Dsl;

/// <summary>
/// One finding of validation: which rule, where, the bad value, and the expected form. Its
/// <see cref="Severity"/> (the rule's) says whether it stops the host from being written.
/// </summary>
/// <param name="Rule">The rule that failed.</param>
/// <param name="Host">The host's name.</param>
/// <param name="Artifact">The file concerned: <c>main.cf</c>, <c>master.cf</c>, a table's file name, <c>syslog.conf</c>.</param>
/// <param name="Location">The parameter, service, key or rule inside the file.</param>
/// <param name="Value">The offending value, as given.</param>
/// <param name="Problem">What is wrong.</param>
/// <param name="Expected">The form that would be accepted.</param>
public sealed record Finding(
    ValidationRule Rule,
    string Host,
    string Artifact,
    string Location,
    string Value,
    string Problem,
    string Expected)
{
    /// <summary>The rule's severity: only <see cref="ValidationSeverity.Error"/> blocks writing.</summary>
    public ValidationSeverity Severity => Rule.Severity;

    /// <summary>The full message: <c>PFX0002: neptune/main.cf: mynetworks: "10.0.0.0/33" is ...; expected ... (see docs/diagnostics/PFX0002.md)</c>.</summary>
    public string Message => $"{Rule.Id}: {Detail}";

    /// <summary>The message without the rule ID, for formats that carry the ID themselves (MSBuild's <c>error PFX0002: ...</c>).</summary>
    public string Detail =>
        $"{Host}/{Artifact}: {Location}: \"{Visible(Value)}\" {Problem}; expected {Expected} (see {Rule.HelpLink})";

    /// <inheritdoc />
    public override string ToString() => Message;

    /// <summary>The value with control characters shown as escapes, so the message itself stays on one line.</summary>
    internal static string Visible(string value)
    {
        var text = new StringBuilder(value.Length);
        foreach (var c in value)
        {
            text.Append(c switch
            {
                '\n' => "\\n",
                '\r' => "\\r",
                '\t' => "\\t",
                _ when char.IsControl(c) => "\\u" + ((int)c).ToString("X4", CultureInfo.InvariantCulture),
                _ => c.ToString(),
            });
        }

        return text.ToString();
    }
}
