using System;
using System.Collections;
using System.Collections.Generic;
using System.Globalization;
using System.IO;

namespace Postfix.Dsl.Emitter;

/// <summary>
/// What a build's emitter asks its project's emit server: emit (with everything the project's code
/// could observe of the build's process: arguments, working folder, environment, culture), or stop.
/// </summary>
internal sealed class EmitRequest
{
    /// <summary>Changes whenever the wire format does; a server answers another version with "not served".</summary>
    public const int Version = 2;

    public bool Stop { get; private init; }

    public string AssemblyPath { get; private init; } = "";

    /// <summary>
    /// Where the project's other assemblies are looked for when <see cref="Dependencies"/> does not name
    /// them: the project's output folder. Empty: the folder of <see cref="AssemblyPath"/>.
    /// </summary>
    public string ProbeFolder { get; private init; } = "";

    /// <summary>
    /// The assemblies the build copies beside the project's own (referenced projects, packages), as
    /// their path in the output folder (<c>Policy.dll</c>, <c>de/Policy.resources.dll</c>) and the file
    /// the build copies there from. A build hands its emit over before it copies them, so these files,
    /// not the output folder's older copies, are what the project's code must see.
    /// </summary>
    public IReadOnlyList<KeyValuePair<string, string>> Dependencies { get; private init; } = [];

    public string[] Arguments { get; private init; } = [];

    public string CurrentDirectory { get; private init; } = "";

    public string Culture { get; private init; } = "";

    public IReadOnlyList<KeyValuePair<string, string>> Environment { get; private init; } = [];

    /// <summary>An emit request made of this process's environment and culture.</summary>
    public static EmitRequest Emit(string assemblyPath, string[] arguments, string currentDirectory) =>
        Emit(assemblyPath, arguments, currentDirectory, "", []);

    /// <summary>
    /// An emit request made of this process's environment and culture, for an assembly whose
    /// dependencies are <paramref name="dependencies"/> and otherwise in <paramref name="probeFolder"/>.
    /// </summary>
    public static EmitRequest Emit(string assemblyPath, string[] arguments, string currentDirectory, string probeFolder, IReadOnlyList<KeyValuePair<string, string>> dependencies)
    {
        var environment = new List<KeyValuePair<string, string>>();
        foreach (DictionaryEntry variable in System.Environment.GetEnvironmentVariables())
        {
            environment.Add(new((string)variable.Key, (string?)variable.Value ?? ""));
        }

        return new EmitRequest
        {
            AssemblyPath = assemblyPath,
            ProbeFolder = probeFolder,
            Dependencies = dependencies,
            Arguments = arguments,
            CurrentDirectory = currentDirectory,
            Culture = CultureInfo.CurrentCulture.Name,
            Environment = environment,
        };
    }

    public static EmitRequest StopRequest() => new() { Stop = true };

    public void Write(Stream stream) => WireFormat.Send(stream, writer =>
    {
        writer.Write(Version);
        writer.Write(Stop);
        writer.Write(AssemblyPath);
        writer.Write(ProbeFolder);
        writer.Write(Dependencies.Count);
        foreach (var (destination, source) in Dependencies)
        {
            writer.Write(destination);
            writer.Write(source);
        }

        writer.Write(Arguments.Length);
        foreach (var argument in Arguments)
        {
            writer.Write(argument);
        }

        writer.Write(CurrentDirectory);
        writer.Write(Culture);
        writer.Write(Environment.Count);
        foreach (var (name, value) in Environment)
        {
            writer.Write(name);
            writer.Write(value);
        }
    });

    /// <summary>The request, or null for another version of the format.</summary>
    public static EmitRequest? Read(Stream stream)
    {
        using var reader = WireFormat.Receive(stream);
        if (reader.ReadInt32() != Version)
        {
            return null;
        }

        var stop = reader.ReadBoolean();
        var assemblyPath = reader.ReadString();
        var probeFolder = reader.ReadString();
        var dependencies = new KeyValuePair<string, string>[Count(reader)];
        for (var i = 0; i < dependencies.Length; i++)
        {
            dependencies[i] = new(reader.ReadString(), reader.ReadString());
        }

        var arguments = new string[Count(reader)];
        for (var i = 0; i < arguments.Length; i++)
        {
            arguments[i] = reader.ReadString();
        }

        var currentDirectory = reader.ReadString();
        var culture = reader.ReadString();
        var environment = new KeyValuePair<string, string>[Count(reader)];
        for (var i = 0; i < environment.Length; i++)
        {
            environment[i] = new(reader.ReadString(), reader.ReadString());
        }

        return new EmitRequest
        {
            Stop = stop,
            AssemblyPath = assemblyPath,
            ProbeFolder = probeFolder,
            Dependencies = dependencies,
            Arguments = arguments,
            CurrentDirectory = currentDirectory,
            Culture = culture,
            Environment = environment,
        };
    }

    private static int Count(BinaryReader reader)
    {
        var count = reader.ReadInt32();
        return count is >= 0 and <= 1 << 20 ? count : throw new InvalidDataException($"a list of {count} items");
    }
}
