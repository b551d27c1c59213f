using System;
using System.Collections.Generic;
using System.Linq;
using System.Runtime.InteropServices;
using System.Text;

namespace Postfix.Dsl;

/// <summary>
/// Compiles a pattern with PCRE2 (libpcre2-8), the engine of Debian's postfix-pcre, so a pcre: pattern
/// is refused exactly when Postfix would refuse it. Where libpcre2-8 is not installed, patterns are
/// not checked here; Postfix still checks them when it loads the table.
/// </summary>
internal static class Pcre2Regex
{
    // pcre2.h option bits.
    private const uint Anchored = 0x80000000;
    private const uint Caseless = 0x00000008;
    private const uint DollarEndOnly = 0x00000010;
    private const uint DotAll = 0x00000020;
    private const uint Extended = 0x00000080;
    private const uint Multiline = 0x00000400;
    private const uint Ungreedy = 0x00040000;

    /// <summary>
    /// Each <c>PatternFlags</c> member this engine reads, by name (the editor analyzer has no
    /// PatternFlags type), with the compile options it clears and sets.
    /// </summary>
    private static readonly (string Flag, uint Clear, uint Set)[] FlagOptions =
    [
        ("CaseSensitive", Caseless, 0),
        ("DotExcludesNewline", DotAll, 0),
        ("MultiLine", 0, Multiline),
        ("FreeSpacing", 0, Extended),
        ("Anchored", 0, Anchored),
        ("DollarEndOnly", 0, DollarEndOnly),
        ("Ungreedy", 0, Ungreedy),
    ];

    /// <summary>The <c>PatternFlags</c> member names <see cref="Problem"/> reads.</summary>
    internal static readonly string[] KnownFlags = EngineFlagNames.Of(FlagOptions.Length, static i => FlagOptions[i].Flag);

    /// <summary>
    /// The engine's error for <paramref name="pattern"/> with Postfix's flags (the names of the
    /// <c>PatternFlags</c> members set), null when it compiles or the engine is missing.
    /// </summary>
    public static string? Problem(string pattern, ICollection<string> flags)
    {
        var options = Caseless | DotAll; // Postfix's pcre defaults: i and s on
        foreach (var (flag, clear, set) in FlagOptions)
        {
            if (flags.Contains(flag))
            {
                options = (options & ~clear) | set;
            }
        }

        try
        {
            var bytes = Encoding.UTF8.GetBytes(pattern);
            var code = Compile(bytes, (nuint)bytes.Length, options, out var error, out var offset, IntPtr.Zero);
            if (code != IntPtr.Zero)
            {
                CodeFree(code);
                return null;
            }

            var message = new byte[256];
            var length = GetErrorMessage(error, message, (nuint)message.Length);
            return $"{Encoding.UTF8.GetString(message, 0, Math.Max(0, length))} at offset {offset}";
        }
        catch (Exception e) when (e is DllNotFoundException or EntryPointNotFoundException)
        {
            return null;
        }
    }

    [DllImport("libpcre2-8.so.0", EntryPoint = "pcre2_compile_8")]
    private static extern IntPtr Compile(byte[] pattern, nuint length, uint options, out int errorCode, out nuint errorOffset, IntPtr context);

    [DllImport("libpcre2-8.so.0", EntryPoint = "pcre2_get_error_message_8")]
    private static extern int GetErrorMessage(int errorCode, byte[] buffer, nuint bufferLength);

    [DllImport("libpcre2-8.so.0", EntryPoint = "pcre2_code_free_8")]
    private static extern void CodeFree(IntPtr code);
}
