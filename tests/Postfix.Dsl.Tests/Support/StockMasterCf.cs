namespace Postfix.Dsl.Tests;

/// <summary>The master.cf Debian installs: the default services and the optional pipe transports.</summary>
internal static class StockMasterCf
{
    public static MasterCf WithPipes { get; } = MasterCf.Stock.Add(
        StockServices.Maildrop, StockServices.Uucp, StockServices.Ifmail, StockServices.Bsmtp, StockServices.ScalemailBackend, StockServices.Mailman);
}
