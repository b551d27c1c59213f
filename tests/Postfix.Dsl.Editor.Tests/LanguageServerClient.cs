using System;
using System.Collections.Concurrent;
using System.Collections.Generic;
using System.Diagnostics;
using System.IO;
using System.Text;
using System.Text.Json;
using System.Text.Json.Nodes;
using System.Threading;
using System.Threading.Tasks;

namespace Postfix.Dsl.Editor.Tests;

/// <summary>
/// A minimal LSP client over stdio (JSON-RPC with Content-Length framing), as an editor such as
/// Neovim, Emacs or Helix drives a language server: requests, notifications, the server's own
/// requests (workspace/configuration answered with <see cref="Settings"/>), and every
/// textDocument/publishDiagnostics kept with the time it arrived.
/// </summary>
internal sealed class LanguageServerClient : IDisposable
{
    private readonly Process _process;
    private readonly Stream _input;
    private readonly ConcurrentDictionary<int, TaskCompletionSource<JsonNode?>> _pending = new();
    private readonly List<(string Uri, JsonArray Diagnostics, TimeSpan At)> _published = [];
    private readonly Stopwatch _clock = Stopwatch.StartNew();
    private readonly StringBuilder _stderr = new();
    private int _nextId;

    public LanguageServerClient(string executable, string workingDirectory, string nugetPackages, JsonObject settings)
    {
        Settings = settings;
        var start = new ProcessStartInfo(executable)
        {
            WorkingDirectory = workingDirectory,
            RedirectStandardInput = true,
            RedirectStandardOutput = true,
            RedirectStandardError = true,
        };
        start.Environment["NUGET_PACKAGES"] = nugetPackages;
        start.Environment["DOTNET_CLI_TELEMETRY_OPTOUT"] = "1";
        foreach (var inherited in new[] { "MSBuildExtensionsPath", "MSBuildSDKsPath", "MSBUILD_EXE_PATH", "MSBuildLoadMicrosoftTargetsReadOnly" })
        {
            start.Environment.Remove(inherited);
        }

        _process = Process.Start(start)!;
        _process.ErrorDataReceived += (_, e) => { lock (_stderr) { _stderr.AppendLine(e.Data); } };
        _process.BeginErrorReadLine();
        _input = _process.StandardInput.BaseStream;
        _ = Task.Run(() => ReadLoop(_process.StandardOutput.BaseStream));
    }

    /// <summary>The client's settings: what the server gets for workspace/configuration and in initializationOptions.</summary>
    public JsonObject Settings { get; }

    /// <summary>What the server wrote to stderr, for failure messages.</summary>
    public string ErrorOutput { get { lock (_stderr) { return _stderr.ToString(); } } }

    /// <summary>Time since the client started.</summary>
    public TimeSpan Elapsed => _clock.Elapsed;

    public async Task<JsonNode?> Request(string method, JsonNode? parameters, TimeSpan timeout)
    {
        var id = Interlocked.Increment(ref _nextId);
        var reply = new TaskCompletionSource<JsonNode?>(TaskCreationOptions.RunContinuationsAsynchronously);
        _pending[id] = reply;
        Send(new JsonObject { ["jsonrpc"] = "2.0", ["id"] = id, ["method"] = method, ["params"] = parameters });
        return await reply.Task.WaitAsync(timeout);
    }

    public void Notify(string method, JsonNode? parameters) =>
        Send(new JsonObject { ["jsonrpc"] = "2.0", ["method"] = method, ["params"] = parameters });

    /// <summary>
    /// Waits for the first publishDiagnostics of <paramref name="uri"/> published after
    /// <paramref name="since"/> that satisfies <paramref name="done"/>; returns it and when it came.
    /// </summary>
    public async Task<(JsonArray Diagnostics, TimeSpan At)> WaitForDiagnostics(string uri, TimeSpan since, Func<JsonArray, bool> done, TimeSpan timeout)
    {
        var deadline = _clock.Elapsed + timeout;
        while (_clock.Elapsed < deadline)
        {
            lock (_published)
            {
                foreach (var (published, diagnostics, at) in _published)
                {
                    if (published == uri && at >= since && done(diagnostics))
                    {
                        return (diagnostics, at);
                    }
                }
            }

            if (_process.HasExited)
            {
                throw new InvalidOperationException($"the language server exited with {_process.ExitCode}:\n{ErrorOutput}");
            }

            await Task.Delay(50);
        }

        string last;
        lock (_published)
        {
            last = _published.FindLast(p => p.Uri == uri).Diagnostics?.ToJsonString() ?? "(none)";
        }

        throw new TimeoutException($"no matching diagnostics for {uri} within {timeout.TotalSeconds} s; the last published were {last}\n{ErrorOutput}");
    }

    private void Send(JsonObject message)
    {
        var body = Encoding.UTF8.GetBytes(message.ToJsonString());
        var header = Encoding.ASCII.GetBytes($"Content-Length: {body.Length}\r\n\r\n");
        lock (_input)
        {
            _input.Write(header);
            _input.Write(body);
            _input.Flush();
        }
    }

    private async Task ReadLoop(Stream output)
    {
        try
        {
            while (await ReadMessage(output) is { } message)
            {
                Handle(message);
            }
        }
        catch (Exception exception) when (exception is IOException or ObjectDisposedException)
        {
            // the server went away; WaitForDiagnostics reports it
        }
    }

    private void Handle(JsonNode message)
    {
        var method = message["method"]?.GetValue<string>();
        var id = message["id"];
        if (method is null && id is not null && _pending.TryRemove(id.GetValue<int>(), out var reply))
        {
            reply.TrySetResult(message["result"]);
        }
        else if (method is not null && id is not null)
        {
            // A request of the server's: configuration gets the settings, everything else a null result.
            JsonNode? result = null;
            if (method == "workspace/configuration")
            {
                var items = new JsonArray();
                foreach (var item in message["params"]?["items"]?.AsArray() ?? [])
                {
                    var section = item?["section"]?.GetValue<string>();
                    items.Add(section is null ? Settings.DeepClone() : Settings[section]?.DeepClone() ?? Settings.DeepClone());
                }

                result = items;
            }

            Send(new JsonObject { ["jsonrpc"] = "2.0", ["id"] = id.DeepClone(), ["result"] = result });
        }
        else if (method == "textDocument/publishDiagnostics")
        {
            lock (_published)
            {
                _published.Add((message["params"]!["uri"]!.GetValue<string>(), message["params"]!["diagnostics"]!.AsArray(), _clock.Elapsed));
            }
        }
    }

    private static async Task<JsonNode?> ReadMessage(Stream output)
    {
        var length = -1;
        while (true)
        {
            var line = await ReadHeaderLine(output);
            if (line is null)
            {
                return null;
            }

            if (line.Length == 0)
            {
                break;
            }

            if (line.StartsWith("Content-Length:", StringComparison.OrdinalIgnoreCase))
            {
                length = int.Parse(line["Content-Length:".Length..].Trim(), System.Globalization.CultureInfo.InvariantCulture);
            }
        }

        var body = new byte[length];
        await output.ReadExactlyAsync(body);
        return JsonNode.Parse(body);
    }

    private static async Task<string?> ReadHeaderLine(Stream output)
    {
        var line = new StringBuilder();
        var one = new byte[1];
        while (true)
        {
            if (await output.ReadAsync(one) == 0)
            {
                return null;
            }

            if (one[0] == '\n')
            {
                return line.ToString().TrimEnd('\r');
            }

            line.Append((char)one[0]);
        }
    }

    public void Dispose()
    {
        try
        {
            if (!_process.HasExited)
            {
                _process.Kill(entireProcessTree: true);
                _process.WaitForExit(10_000);
            }
        }
        finally
        {
            _process.Dispose();
        }
    }
}
