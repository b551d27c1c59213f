using System.Threading.Tasks;
using Xunit;

namespace Postfix.Dsl.Analyzers.Tests;

/// <summary>PFX0329 in the editor: a password typed where a secret's name goes.</summary>
public class SecretAnalyzerTests
{
    [Fact]
    public Task PFX0329_a_literal_that_looks_like_a_password_is_reported_and_names_are_not() => SecretVerify.Diagnostics("""
        static class Host
        {
            static Secret Named => new("relay-password");
            static Secret Short => new Secret("ldap1");
            static Secret Typed => new Secret({|PFX0329:"Tr0ub4dor3x"|});
            static Secret Symbol => new({|PFX0329:"hunter2!"|});
        }
        """);
}
