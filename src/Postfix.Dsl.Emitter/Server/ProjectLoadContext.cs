using System;
using System.Collections.Generic;
using System.IO;
using System.Reflection;
using System.Runtime.InteropServices;
using System.Runtime.Loader;

namespace Postfix.Dsl.Emitter;

/// <summary>
/// One emit's view of the project in the emit server: the project's assembly and every assembly it
/// uses (referenced projects, which may have changed without the project being recompiled) are read
/// afresh from disk into a context that is unloaded after the emit. A build hands its emit over right
/// after compiling, before it copies anything into the output folder, so the project's assembly is
/// the compiler's (in <c>obj/</c>) and the others are the files the build would copy (the request's
/// <see cref="EmitRequest.Dependencies"/>); anything else is looked for in the output folder. Postfix.Dsl, Scriban and the
/// framework come from the server's own context, where they stay loaded and warm: the deps.json the
/// server started with resolves them, and a different deps.json means a different server.
/// </summary>
internal sealed class ProjectLoadContext : AssemblyLoadContext
{
    private static readonly HashSet<string> Shared = new(StringComparer.OrdinalIgnoreCase) { "Postfix.Dsl", "Scriban.Signed" };

    private static readonly Lazy<HashSet<string>> Framework = new(() =>
    {
        var names = new HashSet<string>(StringComparer.OrdinalIgnoreCase);
        foreach (var path in Directory.EnumerateFiles(RuntimeEnvironment.GetRuntimeDirectory(), "*.dll"))
        {
            names.Add(Path.GetFileNameWithoutExtension(path));
        }

        return names;
    });

    private readonly string _folder;

    // By their path in the output folder: "Policy.dll", "de/Policy.resources.dll".
    private readonly Dictionary<string, string> _dependencies = new(StringComparer.Ordinal);

    public ProjectLoadContext(EmitRequest request)
        : base("postfix-dsl-emit", isCollectible: true)
    {
        _folder = request.ProbeFolder.Length > 0 ? request.ProbeFolder : Path.GetDirectoryName(request.AssemblyPath)!;
        foreach (var (destination, source) in request.Dependencies)
        {
            _dependencies[destination] = source;
        }
    }

    public Assembly LoadProject(string assemblyPath) => FromFile(assemblyPath);

    protected override Assembly? Load(AssemblyName assemblyName)
    {
        var name = assemblyName.Name;
        if (name is null || Shared.Contains(name) || Framework.Value.Contains(name))
        {
            return null;
        }

        var destination = string.IsNullOrEmpty(assemblyName.CultureName) ? name + ".dll" : assemblyName.CultureName + "/" + name + ".dll";
        if (_dependencies.TryGetValue(destination, out var source) && File.Exists(source))
        {
            return FromFile(source);
        }

        var candidate = Path.Combine(_folder, destination);
        return File.Exists(candidate) ? FromFile(candidate) : null;
    }

    // From a stream: the file is neither locked nor mapped, so the next build can replace it.
    private Assembly FromFile(string path)
    {
        using var stream = new FileStream(path, FileMode.Open, FileAccess.Read, FileShare.ReadWrite | FileShare.Delete);
        return LoadFromStream(stream);
    }
}
