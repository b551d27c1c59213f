using System;
using System.Linq;
using System.Reflection;
using Xunit;

namespace Postfix.Dsl.Tests.Rendering;

/// <summary>
/// The enum texts generated at build time (<c>EnumTexts</c>) against the rule they replace, read here
/// by reflection as the oracle: a member's <see cref="PostfixValueAttribute"/>, else its name in lower case.
/// </summary>
public sealed class EnumTextTests
{
    private static readonly Type[] PublicEnums = typeof(MailHost).Assembly.GetExportedTypes().Where(t => t.IsEnum).ToArray();

    private static string Oracle(Enum value)
    {
        var name = value.ToString();
        var field = value.GetType().GetField(name, BindingFlags.Public | BindingFlags.Static);
        return field?.GetCustomAttribute<PostfixValueAttribute>()?.Value ?? name.ToLowerInvariant();
    }

    private static bool HasAliases(Type type) =>
        Enum.GetValuesAsUnderlyingType(type).Cast<object>().Distinct().Count() != Enum.GetNames(type).Length;

    [Fact]
    public void Every_member_of_every_public_enum_has_its_generated_text_and_it_is_the_reflected_one()
    {
        var checkedMembers = 0;
        foreach (var type in PublicEnums.Where(t => !HasAliases(t)))
        {
            foreach (Enum value in Enum.GetValues(type))
            {
                Assert.Equal(Oracle(value), EnumTexts.Of(value));
                checkedMembers++;
            }
        }

        // Sanity: the library's enums, not an empty loop (CompatibilityLevel alone has more than five).
        Assert.True(checkedMembers > 100, $"only {checkedMembers} members checked");
    }

    [Theory]
    [InlineData(CompatibilityLevel.Level3_6, "3.6")]
    [InlineData(SmtpTlsSecurityLevel.May, "may")]
    [InlineData(ServiceType.Inet, "inet")]
    public void Known_members_are_written_as_postfix_reads_them(object value, string text) =>
        Assert.Equal(text, EnumText.Of((Enum)value));

    [Fact]
    public void A_combination_of_flags_that_no_member_names_falls_back_to_the_reflected_rule()
    {
        var flags = PublicEnums.First(t => t.IsDefined(typeof(FlagsAttribute)) && !HasAliases(t) && Enum.GetValues(t).Length >= 3);
        var values = Enum.GetValues(flags).Cast<Enum>().Where(v => Convert.ToUInt64(v) != 0).Take(2).Select(Convert.ToUInt64).ToArray();
        var combined = (Enum)Enum.ToObject(flags, values[0] | values[1]);

        Assert.Null(EnumTexts.Of(combined));
        Assert.Equal(Oracle(combined), EnumText.Of(combined));
    }
}
