using System.Linq;
using Xunit;

namespace Postfix.Dsl.Tests.Planning;

/// <summary>What a change to each parameter needs, as catalog data.</summary>
public class ParameterImpactsTests
{
    [Fact]
    public void Every_parameter_needs_a_reload_or_a_restart_and_the_restarts_are_what_master_sets_up_at_start()
    {
        var restart = ParameterCatalog.All.Where(d => d.ChangeNeeds == ChangeAction.Restart).Select(d => d.Name).Order().ToList();

        Assert.All(ParameterCatalog.All, d => Assert.NotEqual(ChangeAction.None, d.ChangeNeeds));
        // postconf(5) says "stop and start" for the first two; master keeps the others from its start.
        Assert.Equal(
            ["daemon_directory", "data_directory", "import_environment", "inet_interfaces", "inet_protocols", "mail_owner", "meta_directory", "process_id_directory", "queue_directory", "shlib_directory"],
            restart);
        Assert.Equal(ChangeAction.Reload, ParameterCatalog.SmtpdBanner.ChangeNeeds);
    }
}
