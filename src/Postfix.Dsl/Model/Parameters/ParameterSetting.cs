namespace Postfix.Dsl;

/// <summary>One parameter that a <see cref="Parameters"/> object sets, with its typed value.</summary>
/// <param name="Descriptor">The parameter.</param>
/// <param name="Value">The value as the model holds it (bool, int, <see cref="PostfixTime"/>, a list, ...).</param>
public sealed record ParameterSetting(ParameterDescriptor Descriptor, object Value)
{
    /// <summary>The Postfix name of the parameter.</summary>
    public string Name => Descriptor.Name;

    // The written text of this setting (ParameterText.Of): the checks, the renderer and the read-back each
    // ask for it, up to seven times per setting and host. Not part of the record's value (see TextMemo).
    private readonly TextMemo _text = new();

    /// <summary>The text Postfix will read for this setting, computed once per setting and configuration folder.</summary>
    internal ParameterText TextIn(string configDirectory)
    {
        // A `with` copy shares the memo with its original: an entry serves only the value and descriptor it was made for.
        if (System.Threading.Volatile.Read(ref _text.Last) is { } last && ReferenceEquals(last.Value, Value) && ReferenceEquals(last.Descriptor, Descriptor)
            && string.Equals(last.ConfigDirectory, configDirectory, System.StringComparison.Ordinal))
        {
            return last.Text;
        }

        var text = ParameterText.Compute(this, configDirectory);
        System.Threading.Volatile.Write(ref _text.Last, new TextMemo.Entry(Value, Descriptor, configDirectory, text));
        return text;
    }

    /// <summary>
    /// Holds the last text computed. Every memo equals every other, so two settings with the same
    /// descriptor and value stay equal whatever each has computed; an entry is immutable and replaced
    /// whole, so threads that share a setting see one entry or another, never half of one.
    /// </summary>
    private sealed class TextMemo
    {
        // Read and written with Volatile: an entry is published whole to the other threads that share the setting.
        public Entry? Last;

        public override bool Equals(object? obj) => obj is TextMemo;

        public override int GetHashCode() => 0;

        public sealed record Entry(object Value, ParameterDescriptor Descriptor, string ConfigDirectory, ParameterText Text);
    }
}
