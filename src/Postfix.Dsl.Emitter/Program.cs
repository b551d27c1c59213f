using System;
using System.Reflection;
using Postfix.Dsl.Emitter;

// Usage: dotnet exec --depsfile <project>.deps.json --runtimeconfig <project>.runtimeconfig.json
//        Postfix.Dsl.Emitter.dll --assembly <project>.dll [--startup-profile <folder>] [--emit-server]
//        [arguments for the registry]
// With --emit-server (the build's default where the compiler server is allowed, on Linux), the emit is
// handed to this project's warm emit server when one is running; otherwise it runs here, and a server
// is started for the next build.

var arguments = EmitterArguments.Parse(args);
if (arguments is null)
{
    Console.Error.WriteLine(EmitterArguments.Usage);
    return 2;
}

if (arguments.ServeSocket is { } socket)
{
    return EmitServer.Run(socket);
}

var address = arguments.UseServer ? ServerAddress.ForThisProcess() : null;
if (arguments.StopServer)
{
    Console.WriteLine(address is null ? "Postfix.Dsl: no emit server is used here." : EmitClient.Stop(address));
    return 0;
}

if (address is not null && EmitClient.TryEmit(address, EmitRequest.Emit(arguments.AssemblyPath, arguments.RegistryArguments, Environment.CurrentDirectory), out var servedExitCode))
{
    return servedExitCode;
}

if (arguments.ProfileFolder is { } profileFolder)
{
    StartupProfile.Start(profileFolder);
}

var exitCode = ProjectRegistry.Run(Assembly.LoadFrom(arguments.AssemblyPath), arguments.AssemblyPath, arguments.RegistryArguments, Console.Out);
if (address is not null)
{
    // After this emit, so the server's start does not compete with it for the CPU.
    ServerLauncher.Start(address);
}

return exitCode;
