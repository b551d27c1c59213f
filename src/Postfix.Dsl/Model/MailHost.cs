using System.Collections.Generic;

namespace Postfix.Dsl;

/// <summary>
/// One Postfix mail host: everything written into its output folder — main.cf, master.cf, the
/// lookup tables it generates, and syslog.conf.
/// </summary>
public sealed record MailHost
{
    /// <summary>The host's short name; also the name of its output folder (e.g. <c>neptune</c>).</summary>
    public required string Name { get; init; }

    /// <summary>
    /// Where the files will live on the mail host; table references are written under it
    /// (<c>hash:/etc/postfix/access</c>). Not written to main.cf: Postfix takes it from <c>-c</c>.
    /// </summary>
    public string ConfigDirectory { get; init; } = "/etc/postfix";

    /// <summary>main.cf parameters; unset ones are not written and keep Postfix's default.</summary>
    public Parameters MainCf { get; init; } = Parameters.None;

    /// <summary>master.cf services; the stock Postfix 3.7 set unless replaced.</summary>
    public MasterCf MasterCf { get; init; } = MasterCf.Stock;

    /// <summary>
    /// Tables to generate in addition to those referenced from parameters and restrictions
    /// (which are generated automatically).
    /// </summary>
    public IReadOnlyList<LookupTable> Tables { get => _tables; init => _tables = ValueList.Of(value); }

    private readonly IReadOnlyList<LookupTable> _tables = ValueList.Of<LookupTable>([]);

    /// <summary>
    /// The host's syslog.conf; null (the default) writes none. <see cref="Dsl.SyslogConf.ForFacility"/> is
    /// the seed article's four lines for a <c>syslog_facility</c>.
    /// </summary>
    public SyslogConf? SyslogConf { get; init; }
}
