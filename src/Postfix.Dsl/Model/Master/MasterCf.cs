using System;
using System.Collections.Generic;
using System.Linq;

namespace Postfix.Dsl;

/// <summary>
/// The services of master.cf, in order. Start from <see cref="Stock"/> (the services Postfix 3.7
/// installs) and state only what differs with <see cref="Change"/>, <see cref="Add"/> and <see cref="Remove"/>.
/// </summary>
public sealed record MasterCf
{
    /// <summary>The services, written in this order.</summary>
    public IReadOnlyList<Service> Services { get => _services; init => _services = ValueList.Of(value); }

    private readonly IReadOnlyList<Service> _services = ValueList.Of<Service>([]);

    /// <summary>The services of the master.cf that Postfix 3.7 installs (Debian's master.cf.dist), without the optional pipe transports.</summary>
    public static MasterCf Stock { get; } = new() { Services = StockServices.Default };

    /// <summary>A copy where the service <paramref name="name"/>/<paramref name="type"/> is replaced by <paramref name="change"/>'s result.</summary>
    /// <exception cref="ArgumentException">No such service.</exception>
    public MasterCf Change(string name, ServiceType type, Func<Service, Service> change)
    {
        var index = IndexOf(name, type);
        if (index < 0)
        {
            throw new ArgumentException($"master.cf has no service '{name}' of type {type}; add it with Add().", nameof(name));
        }

        var services = Services.ToList();
        services[index] = change(services[index]);
        return this with { Services = services };
    }

    /// <summary>
    /// The stock set with no service chrooted: what hosts whose installer does not build a chroot
    /// jail (most mail stacks and distributions other than Debian) run. Every service keeps its
    /// other columns; the chroot column says <c>n</c> where the stock set says <c>y</c>.
    /// </summary>
    public static MasterCf StockWithoutChroot { get; } = Stock.WithoutChroot();

    /// <summary>A copy where no service is chrooted (each <c>Chroot = true</c> becomes <c>false</c>; unset stays unset).</summary>
    public MasterCf WithoutChroot() =>
        this with { Services = Services.Select(s => s.Chroot == true ? s with { Chroot = false } : s).ToList() };

    /// <summary>
    /// A copy that screens port 25 with postscreen(8), as master.cf.dist's commented lines do: the
    /// <c>smtp inet</c> smtpd service becomes <c>smtp inet … 1 postscreen</c>, followed by
    /// <c>smtpd pass … smtpd</c> (which keeps the old service's <c>-o</c> options and arguments),
    /// <c>dnsblog unix … 0 dnsblog</c> and <c>tlsproxy unix … 0 tlsproxy</c>. All four take the old
    /// service's chroot column.
    /// </summary>
    /// <exception cref="ArgumentException">No <c>smtp inet</c> service to replace.</exception>
    public MasterCf WithPostscreen()
    {
        var index = IndexOf("smtp", ServiceType.Inet);
        if (index < 0)
        {
            throw new ArgumentException("master.cf has no 'smtp' inet service for postscreen to take over; add one with Add().");
        }

        var smtpd = Services[index];
        Service[] screened =
        [
            Service.Inet("smtp", "postscreen", chroot: smtpd.Chroot, maxProcesses: 1),
            Service.Pass("smtpd", "smtpd", chroot: smtpd.Chroot, overrides: smtpd.Overrides, arguments: smtpd.Arguments),
            Service.Unix("dnsblog", "dnsblog", chroot: smtpd.Chroot, maxProcesses: 0),
            Service.Unix("tlsproxy", "tlsproxy", chroot: smtpd.Chroot, maxProcesses: 0),
        ];
        return this with { Services = [.. Services.Take(index), .. screened, .. Services.Skip(index + 1)] };
    }

    /// <summary>A copy with <paramref name="services"/> appended.</summary>
    public MasterCf Add(params Service[] services) => this with { Services = [.. Services, .. services] };

    /// <summary>A copy without the service <paramref name="name"/>/<paramref name="type"/>.</summary>
    /// <exception cref="ArgumentException">No such service.</exception>
    public MasterCf Remove(string name, ServiceType type)
    {
        var index = IndexOf(name, type);
        if (index < 0)
        {
            throw new ArgumentException($"master.cf has no service '{name}' of type {type} to remove.", nameof(name));
        }

        return this with { Services = Services.Where((_, i) => i != index).ToList() };
    }

    /// <summary>The service <paramref name="name"/>/<paramref name="type"/>, or null.</summary>
    public Service? Find(string name, ServiceType type)
    {
        var index = IndexOf(name, type);
        return index < 0 ? null : Services[index];
    }

    private int IndexOf(string name, ServiceType type)
    {
        for (var i = 0; i < Services.Count; i++)
        {
            if (Services[i].Name == name && Services[i].Type == type)
            {
                return i;
            }
        }

        return -1;
    }
}
