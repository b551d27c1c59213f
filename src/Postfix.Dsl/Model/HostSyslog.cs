namespace Postfix.Dsl;

/// <summary>The syslog.conf rules a host writes: its own, or the seed's four lines for its syslog_facility.</summary>
internal static class HostSyslog
{
    public static SyslogConf Effective(MailHost host) =>
        host.SyslogConf ?? SyslogConf.ForFacility(host.MainCf.SyslogFacility ?? SyslogFacility.Mail);
}
