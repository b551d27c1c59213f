using System;

namespace Postfix.Dsl;

/// <summary>
/// The model path a finding is about, from the file and place it names: <c>main.cf</c> and
/// <c>mynetworks</c> are <c>MainCf.Mynetworks</c>; master.cf findings are under <c>MasterCf</c>,
/// syslog.conf ones under <c>SyslogConf</c>, the host's own under <c>Name</c>. Tables can be reached
/// from several places, so their findings have no path and are found by value.
/// </summary>
internal static class FindingPaths
{
    /// <summary>The path, or null when the finding can come from several places.</summary>
    public static string? Of(Finding finding) => finding.Artifact switch
    {
        "main.cf" => ParameterCatalog.PropertyNameOf(FirstWord(finding.Location)) is { } property ? "MainCf." + property : "MainCf",
        "master.cf" => "MasterCf",
        "syslog.conf" => "SyslogConf",
        "(host)" => finding.Location == "name" ? "Name" : null,
        _ => null,
    };

    private static string FirstWord(string location)
    {
        var end = location.IndexOfAny([' ', '[', ':']);
        return end < 0 ? location : location[..end];
    }
}
