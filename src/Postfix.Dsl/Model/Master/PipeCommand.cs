using System;
using System.Collections.Generic;
using System.Linq;

namespace Postfix.Dsl;

/// <summary>
/// The command of a pipe(8) delivery service as typed attributes instead of raw words:
/// <c>flags=</c> as <see cref="PipeFlag"/>s (written in the order given), <c>user=</c>, and
/// <c>argv=</c>, whose <c>${recipient}</c>-style macros are checked against pipe(8)'s list (PFX0027).
/// Make the service with <see cref="Service.Pipe"/>.
/// </summary>
/// <example><code>
/// Service.Pipe("dovecot", new PipeCommand("vmail:vmail", ["/usr/lib/dovecot/deliver", "-f", "${sender}", "-d", "${user}@${domain}"])
/// {
///     Flags = [PipeFlag.DeliveredTo, PipeFlag.ReturnPath, PipeFlag.LowerCaseHost],
/// })
/// </code></example>
public sealed record PipeCommand
{
    /// <summary>The command runs as <paramref name="user"/> (<c>user</c> or <c>user:group</c>, never root) with <paramref name="argv"/>: the program, then its arguments.</summary>
    public PipeCommand(string user, IReadOnlyList<string> argv)
    {
        User = user ?? throw new ArgumentNullException(nameof(user));
        Argv = ValueList.Of(argv ?? throw new ArgumentNullException(nameof(argv)));
    }

    /// <summary><c>user=</c>: who the command runs as, <c>user</c> or <c>user:group</c>.</summary>
    public string User { get; }

    /// <summary><c>argv=</c>: the program and its arguments, with pipe(8) macros such as <c>${recipient}</c>.</summary>
    public IReadOnlyList<string> Argv { get; }

    /// <summary><c>flags=</c>, written in this order; empty writes no <c>flags=</c>.</summary>
    public IReadOnlyList<PipeFlag> Flags { get => _flags; init => _flags = ValueList.Of(value); }

    private readonly IReadOnlyList<PipeFlag> _flags = ValueList.Of<PipeFlag>([]);

    /// <summary>The words after <c>pipe</c> in master.cf.</summary>
    public IReadOnlyList<string> Arguments =>
    [
        .. Flags.Count > 0 ? ["flags=" + string.Concat(Flags.Select(f => EnumText.Of(f)))] : Array.Empty<string>(),
        "user=" + User,
        "argv=" + (Argv.Count > 0 ? Argv[0] : string.Empty),
        .. Argv.Skip(1),
    ];
}
