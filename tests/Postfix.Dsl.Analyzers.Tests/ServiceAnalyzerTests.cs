using System.Threading.Tasks;
using Xunit;

namespace Postfix.Dsl.Analyzers.Tests;

/// <summary>PFX0302 and PFX0307 on services written in source.</summary>
public class ServiceAnalyzerTests
{
    [Fact]
    public Task PFX0302_fifo_type_and_nqmgr_command() => ServiceVerify.Diagnostics("""
        static class Host
        {
            static Service Pickup => new() { Name = "pickup", Type = {|PFX0302:ServiceType.Fifo|}, Command = "pickup" };
            static Service Qmgr => new() { Name = "qmgr", Type = ServiceType.Unix, Command = {|PFX0302:"nqmgr"|} };
            static Service Changed => Qmgr with { Type = {|PFX0302:ServiceType.Fifo|} };
        }
        """);

    [Fact]
    public Task PFX0302_is_silent_for_modern_services() => ServiceVerify.Diagnostics("""
        static class Host
        {
            static Service Qmgr => new() { Name = "qmgr", Type = ServiceType.Unix, Command = "qmgr" };
        }
        """);

    [Fact]
    public Task PFX0307_chroot_on_daemons_that_cannot_run_chrooted() => ServiceVerify.Diagnostics("""
        static class Host
        {
            static Service Local => new() { Name = "local", Type = ServiceType.Unix, Chroot = {|PFX0307:true|}, Command = "local" };
            static Service Cyrus => new() { Name = "cyrus", Type = ServiceType.Unix, Chroot = {|PFX0307:true|}, Command = "pipe", Arguments = ["flags=R"] };
            static Service Smtpd => new() { Name = "smtp", Type = ServiceType.Inet, Chroot = true, Command = "smtpd" };
            static Service Virtual => new() { Name = "virtual", Type = ServiceType.Unix, Chroot = false, Command = "virtual" };
            // The command of a stock service is not in source: emit-time validation checks it.
            static MasterCf Stock => MasterCf.Stock.Change("local", ServiceType.Unix, s => s with { Chroot = true });
        }
        """);

    [Fact]
    public Task PFX0302_also_on_a_target_typed_service_inside_a_collection_expression() => ServiceVerify.Diagnostics("""
        static class Host
        {
            static MasterCf Master => new() { Services = [new() { Name = "pickup", Type = {|PFX0302:ServiceType.Fifo|}, Command = "pickup" }] };
        }
        """);
}
