using System.IO;
using ApprovalTests;
using ApprovalTests.Core;
using ApprovalTests.Reporters;

namespace Postfix.Dsl.Generators.Tests;

/// <summary>
/// Received/approved snapshots of generated C#: <c>Snapshots/name.approved.cs</c>. A missing or
/// different approved file fails the test and leaves the <c>.received.</c> file beside it.
/// </summary>
internal static class Snapshot
{
    public static void Verify(string name, string content) =>
        Approvals.Verify(new Writer(content), new Namer(RepositoryPaths.Snapshots, name), QuietReporter.INSTANCE);

    private sealed class Namer(string sourcePath, string name) : IApprovalNamer
    {
        public string SourcePath { get; } = sourcePath;

        public string Name { get; } = name;
    }

    private sealed class Writer(string content) : IApprovalWriter
    {
        public string GetApprovalFilename(string basename) => basename + ".approved.cs";

        public string GetReceivedFilename(string basename) => basename + ".received.cs";

        public string WriteReceivedFile(string received)
        {
            File.WriteAllBytes(received, new System.Text.UTF8Encoding(false).GetBytes(content));
            return received;
        }
    }
}
