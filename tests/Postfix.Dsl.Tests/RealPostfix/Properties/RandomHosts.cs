using System;
using System.Collections.Generic;
using System.Linq;
using System.Reflection;
using CsCheck;

namespace Postfix.Dsl.Tests.RealPostfix.Properties;

/// <summary>Random hosts: a random subset of the catalog's parameters, each with a random valid value.</summary>
internal static class RandomHosts
{
    private static readonly (ParameterDescriptor Descriptor, PropertyInfo Property)[] Settable = ParameterCatalog.All
        .Where(d => d.Name != "compatibility_level") // fixed at 3.6 so that Postfix's relay default protects
        .Where(d => d.Name != "smtpd_restriction_classes") // its items name parameters of one's own, which a random host does not define
        .Select(d => (d, typeof(Parameters).GetProperty(PropertyName(d.Name))!))
        .Where(s => s.Item2.GetCustomAttribute<ObsoleteAttribute>() is not { IsError: true }) // read-only: mail_version, process_id, ...
        .ToArray();

    public static readonly Gen<MailHost> Valid =
        Gen.Shuffle(Settable, 1, 40)
            .SelectMany(chosen => Sequence(chosen.Select(c => RandomValues.For(c.Descriptor, ModelProperty.LiteralType(c.Property.PropertyType))))
                .Select(values => Build(chosen, values)));

    /// <summary>A string parameter and a value holding a control character: a newline that would start a `name =` line, or another one.</summary>
    public static readonly Gen<(ParameterDescriptor Descriptor, string Value)> Injection =
        Gen.Select(
            Gen.OneOf(Settable.Where(s => s.Descriptor.Kind is ParameterKind.String or ParameterKind.Raw).Select(s => s.Descriptor).ToArray()),
            RandomValues.Text,
            Gen.OneOf("\nrelayhost = [evil.example]", "\n", "\r\n", "\r", "\t", "\0", "\u001b[2J", "\u0085", "\u2028", "\nmynetworks = 0.0.0.0/0"),
            Gen.Double.Unit)
        .Select((descriptor, text, control, where) =>
        {
            var at = (int)(where * text.Length);
            return (descriptor, text[..at] + control + text[at..]);
        });

    /// <summary>One value from each generator, in order.</summary>
    private static Gen<object[]> Sequence(IEnumerable<Gen<object>> generators) =>
        generators.Aggregate(
            Gen.Const(Array.Empty<object>()),
            (values, next) => values.SelectMany(list => next.Select(value => (object[])[.. list, value])));

    public static MailHost With(ParameterDescriptor descriptor, object value) =>
        Build([Settable.Single(s => s.Descriptor == descriptor)], [value]);

    private static MailHost Build((ParameterDescriptor Descriptor, PropertyInfo Property)[] chosen, object[] values)
    {
        var parameters = new Parameters { CompatibilityLevel = CompatibilityLevel.Level3_6 };
        for (var i = 0; i < chosen.Length; i++)
        {
            chosen[i].Property.SetValue(parameters, ModelProperty.Wrap(chosen[i].Property.PropertyType, values[i]));
        }

        return new MailHost { Name = "random", MainCf = parameters };
    }

    internal static string PropertyName(string postfixName) => postfixName == "2bounce_notice_recipient"
        ? "TwoBounceNoticeRecipient"
        : string.Concat(postfixName.Split('_').Select(part => char.ToUpperInvariant(part[0]) + part[1..]));
}
