using System;

namespace Postfix.Dsl;

/// <summary>
/// Thrown when the output folder cannot be written safely or completely: a symbolic link where a
/// folder or file is expected, a tampered manifest, a read-only folder, a full disk. Nothing was
/// changed: every file is as it was before the emit.
/// </summary>
public sealed class PostfixOutputException : Exception
{
    /// <summary>Creates the exception for <paramref name="path"/>.</summary>
    public PostfixOutputException(ValidationRule rule, string path, string problem, string expected, Exception? inner = null)
        : base($"{rule.Id}: {path}: {problem}; expected {expected}; nothing was written (see {rule.HelpLink})", inner)
    {
        Rule = rule;
        Path = path;
    }

    /// <summary>The rule: PFX0106 (unsafe output folder) or PFX0107 (the file system refused the write).</summary>
    public ValidationRule Rule { get; }

    /// <summary>The file or folder concerned.</summary>
    public string Path { get; }
}
