using Xunit.Abstractions;

namespace Postfix.Dsl.Tests.RealPostfix;

/// <summary>
/// The figures a judge measured (cases run, parameters read back, timings): to the test's own log,
/// and to standard error so that `dotnet test` and CI's output show them for passing tests too.
/// </summary>
internal static class JudgeFigures
{
    public static void Report(ITestOutputHelper output, string judge, string line)
    {
        output.WriteLine(line);
        System.Console.Error.WriteLine($"[{judge}] {line}");
    }
}
