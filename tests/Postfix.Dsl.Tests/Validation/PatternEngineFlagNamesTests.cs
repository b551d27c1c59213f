using System;
using Xunit;

namespace Postfix.Dsl.Tests.Validation;

/// <summary>
/// The pattern engines take flag names (the editor analyzer, which shares them, has no PatternFlags
/// type): every name they read must be a PatternFlags member, so a rename cannot silently drop a flag.
/// </summary>
public class PatternEngineFlagNamesTests
{
    [Fact]
    public void Every_flag_name_the_engines_read_is_a_PatternFlags_member()
    {
        var members = Enum.GetNames<PatternFlags>();
        Assert.All(PosixRegex.KnownFlags, name => Assert.Contains(name, members));
        Assert.All(Pcre2Regex.KnownFlags, name => Assert.Contains(name, members));
    }
}
