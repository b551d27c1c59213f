using System;
using System.Collections.Generic;
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

    /// <summary>The <c>PatternFlags</c> members this engine reads, by name (shared with the editor analyzer, which has no PatternFlags type).</summary>
    internal static readonly string[] KnownFlags = ["CaseSensitive", "BasicSyntax", "MultiLine"];

    /// <summary>
    /// The engine's error for <paramref name="pattern"/> with Postfix's flags (the names of the
    /// <c>PatternFlags</c> members set), null when it compiles or the engine is missing.
    /// </summary>
    public static string? Problem(string pattern, ICollection<string> flags)
    {
        var cflags = RegExtended | RegIcase;
        if (flags.Contains("CaseSensitive"))
        {
            cflags &= ~RegIcase;
        }

        if (flags.Contains("BasicSyntax"))
        {
            cflags &= ~RegExtended;
        }

        if (flags.Contains("MultiLine"))
        {
            cflags |= RegNewline;
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
