using System;
using System.IO;

namespace Postfix.Dsl.Tests.RealPostfix;

/// <summary>File modes for the directories Postfix checks; a no-op where there are none (Windows, where Postfix does not run).</summary>
internal static class UnixPermissions
{
    /// <summary>rwxr-xr-x: Postfix refuses configuration and queue directories that others can write to.</summary>
    public const UnixFileMode Directory = (UnixFileMode)0b111_101_101;

    /// <summary>rw-r--r--</summary>
    public const UnixFileMode File = (UnixFileMode)0b110_100_100;

    public static void Set(string path, UnixFileMode mode)
    {
        if (!OperatingSystem.IsWindows())
        {
            System.IO.File.SetUnixFileMode(path, mode);
        }
    }
}
