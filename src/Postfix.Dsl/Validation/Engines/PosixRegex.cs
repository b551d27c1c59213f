using System;
using System.Collections.Generic;
using System.Linq;
using System.Runtime.InteropServices;
using System.Text;

namespace Postfix.Dsl;

/// <summary>
/// Compiles a pattern with the C library's POSIX <c>regcomp</c>, the engine Postfix's regexp: tables
/// use, so a pattern is refused exactly when Postfix would refuse it. Where the platform has no glibc
/// (Windows, macOS), patterns are not checked here; Postfix still checks them when it loads the table.
/// </summary>
internal static class PosixRegex
{
    // glibc's flag values (regex.h).
    private const int RegExtended = 1;
    private const int RegIcase = 2;
    private const int RegNewline = 4;

    // sizeof(regex_t) is 64 on glibc x86-64; room to spare for other ABIs.
    private const int RegexTSize = 256;

    /// <summary>
    /// Each <c>PatternFlags</c> member this engine reads, by name (the editor analyzer has no
    /// PatternFlags type), with the cflags it clears and sets.
    /// </summary>
    private static readonly (string Flag, int Clear, int Set)[] FlagOptions =
    [
        ("CaseSensitive", RegIcase, 0),
        ("BasicSyntax", RegExtended, 0),
        ("MultiLine", 0, RegNewline),
    ];

    /// <summary>The <c>PatternFlags</c> member names <see cref="Problem"/> reads.</summary>
    internal static readonly string[] KnownFlags = EngineFlagNames.Of(FlagOptions.Length, static i => FlagOptions[i].Flag);

    /// <summary>
    /// The engine's error for <paramref name="pattern"/> with Postfix's flags (the names of the
    /// <c>PatternFlags</c> members set), null when it compiles or the engine is missing.
    /// </summary>
    public static string? Problem(string pattern, ICollection<string> flags)
    {
        var cflags = RegExtended | RegIcase; // Postfix's regexp defaults: extended syntax, ignore case
        foreach (var (flag, clear, set) in FlagOptions)
        {
            if (flags.Contains(flag))
            {
                cflags = (cflags & ~clear) | set;
            }
        }

        var compiled = Marshal.AllocHGlobal(RegexTSize);
        try
        {
            var code = RegComp(compiled, Encoding.UTF8.GetBytes(pattern + "\0"), cflags);
            if (code == 0)
            {
                RegFree(compiled);
                return null;
            }

            var message = new byte[256];
            var length = (int)RegError(code, compiled, message, (nuint)message.Length);
            return Encoding.UTF8.GetString(message, 0, Math.Max(0, Math.Min(length, message.Length) - 1));
        }
        catch (Exception e) when (e is DllNotFoundException or EntryPointNotFoundException)
        {
            return null;
        }
        finally
        {
            Marshal.FreeHGlobal(compiled);
        }
    }

    [DllImport("libc.so.6", EntryPoint = "regcomp")]
    private static extern int RegComp(IntPtr preg, byte[] regex, int cflags);

    [DllImport("libc.so.6", EntryPoint = "regerror")]
    private static extern nuint RegError(int errcode, IntPtr preg, byte[] errbuf, nuint errbufSize);

    [DllImport("libc.so.6", EntryPoint = "regfree")]
    private static extern void RegFree(IntPtr preg);
}
