using System;
using System.Text.RegularExpressions;
using CsCheck;
using Xunit;

namespace Postfix.Dsl.Tests.Validation.Predicates;

/// <summary>
/// The character-by-character name checks against the regular expressions they replaced, used here
/// as the oracle. The one intended difference: a regex's <c>$</c> also matches before a final
/// newline, which the new checks refuse.
/// </summary>
public sealed class ServiceNameSyntaxTests
{
    private static readonly Regex InetName = new(@"^((\[[0-9A-Fa-f:.]+\]|[A-Za-z0-9.-]+):)?[A-Za-z0-9-]+$", RegexOptions.CultureInvariant);
    private static readonly Regex SocketName = new(@"^[A-Za-z0-9][A-Za-z0-9._-]*$", RegexOptions.CultureInvariant);
    private static readonly Regex Word = new(@"^[^\s{}]+$", RegexOptions.CultureInvariant);
    private static readonly Regex ParameterName = new(@"^[A-Za-z0-9_-]+$", RegexOptions.CultureInvariant);

    // Every character class the forms distinguish, and the ones they refuse.
    private static readonly Gen<string> Names = Gen.String[Gen.Char["aZ09-_.:[]{} \t\u00e9\u00a0fF"], 0, 12];

    private static bool Oracle(Regex regex, string text) => regex.IsMatch(text) && !text.EndsWith('\n');

    [Theory]
    [InlineData("inet name")]
    [InlineData("socket name")]
    [InlineData("word")]
    [InlineData("parameter name")]
    public void Each_form_matches_the_regular_expression_it_replaced(string form)
    {
        var (oracle, check) = form switch
        {
            "inet name" => (InetName, (Func<string, bool>)ServiceNameSyntax.IsInetName),
            "socket name" => (SocketName, ServiceNameSyntax.IsSocketName),
            "word" => (Word, ServiceNameSyntax.IsWord),
            _ => (ParameterName, ServiceNameSyntax.IsParameterName),
        };

        Names.Sample(name => Assert.Equal(Oracle(oracle, name), check(name)), iter: 20_000);
    }

    [Theory]
    [InlineData("smtp", true)]
    [InlineData("2525", true)]
    [InlineData("127.0.0.1:2525", true)]
    [InlineData("[::1]:2525", true)]
    [InlineData("[2001:db8::1]:submission", true)]
    [InlineData("[]:25", false)]
    [InlineData("[::1:25", false)]
    [InlineData("host::25", false)]
    [InlineData(":25", false)]
    [InlineData("smtp:", false)]
    [InlineData("smtp\n", false)]
    [InlineData("", false)]
    public void Inet_names_by_example(string name, bool valid) => Assert.Equal(valid, ServiceNameSyntax.IsInetName(name));

    [Theory]
    [InlineData("smtp_policy\n")]
    [InlineData("cleanup\n")]
    public void A_trailing_newline_is_refused_where_the_regex_let_it_through(string name)
    {
        Assert.Matches(ParameterName, name);
        Assert.False(ServiceNameSyntax.IsParameterName(name));
        Assert.False(ServiceNameSyntax.IsSocketName(name));
        Assert.False(ServiceNameSyntax.IsWord(name));
    }
}
