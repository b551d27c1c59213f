using System;
using Neptune;
using Postfix.Dsl;

// Writes postfix/neptune/{main.cf, master.cf, access, regexp, syslog.conf} next to this project.
var outputRoot = args.Length > 0 ? args[0] : "postfix";
try
{
    var result = PostfixDsl.Emit(NeptuneHost.Definition, outputRoot);
    foreach (var warning in result.Warnings)
    {
        Console.Error.WriteLine($"{warning.Severity.ToString().ToLowerInvariant()}: {warning.Message}");
    }

    Console.WriteLine($"neptune: {result.Written.Count} file(s) written, {result.Unchanged.Count} unchanged, in {System.IO.Path.GetFullPath(outputRoot)}");
    return 0;
}
catch (PostfixValidationException error)
{
    Console.Error.WriteLine(error.Message);
    return 1;
}
