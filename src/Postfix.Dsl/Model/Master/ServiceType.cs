using System;

namespace Postfix.Dsl;

/// <summary>The transport type of a master.cf service (second column).</summary>
public enum ServiceType
{
    /// <summary><c>inet</c>: a TCP socket; the service name is <c>[host:]port</c>.</summary>
    Inet,

    /// <summary><c>unix</c>: a UNIX-domain stream socket under the queue's private/ or public/.</summary>
    Unix,

    /// <summary><c>unix-dgram</c>: a UNIX-domain datagram socket (postlog, Postfix 3.4+).</summary>
    [PostfixValue("unix-dgram")]
    UnixDgram,

    /// <summary><c>pass</c>: a socket that receives connections passed by another process (postscreen).</summary>
    Pass,

    /// <summary><c>fifo</c>: a named pipe; obsolete for pickup and qmgr since Postfix 2.10.</summary>
    [Obsolete("fifo services are obsolete since Postfix 2.10: use ServiceType.Unix.", DiagnosticId = Rules.RuleCatalog.ObsoleteServiceFormId, UrlFormat = Rules.RuleCatalog.HelpUrlFormat)]
    Fifo,
}
