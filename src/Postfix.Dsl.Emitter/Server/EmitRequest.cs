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
    public const int Version = 1;

    public bool Stop { get; private init; }

    public string AssemblyPath { get; private init; } = "";

    public string[] Arguments { get; private init; } = [];

    public string CurrentDirectory { get; private init; } = "";

    public string Culture { get; private init; } = "";

    public IReadOnlyList<KeyValuePair<string, string>> Environment { get; private init; } = [];

    /// <summary>An emit request made of this process's environment and culture.</summary>
    public static EmitRequest Emit(string assemblyPath, string[] arguments, string currentDirectory)
    {
        var environment = new List<KeyValuePair<string, string>>();
        foreach (DictionaryEntry variable in System.Environment.GetEnvironmentVariables())
        {
            environment.Add(new((string)variable.Key, (string?)variable.Value ?? ""));
        }

        return new EmitRequest
        {
            AssemblyPath = assemblyPath,
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
