using System.IO;
using ApprovalTests;
using ApprovalTests.Core;
using ApprovalTests.Reporters;

namespace Postfix.Dsl.Testing;

/// <summary>
/// Received/approved snapshots named after the artifact they show: <c>Snapshots/neptune/main.approved.cf</c>
/// reads as a main.cf in a pull-request diff. A missing or different approved file fails the test and
/// leaves the <c>.received.</c> file beside it; approve by renaming it.
/// </summary>
internal static class Snapshot
{
    /// <summary>Verifies <paramref name="content"/> against <c>Snapshots/folder/file</c>, e.g. ("neptune", "main.cf").</summary>
    public static void Verify(string folder, string fileName, string content)
    {
        var directory = Path.Combine(RepositoryPaths.Snapshots, folder);
        Directory.CreateDirectory(directory);
        var extension = Path.GetExtension(fileName);
        var stem = Path.GetFileNameWithoutExtension(fileName);
        Approvals.Verify(new Writer(content, extension), new Namer(directory, stem), QuietReporter.INSTANCE);
    }

    private sealed class Namer(string sourcePath, string name) : IApprovalNamer
    {
        public string SourcePath { get; } = sourcePath;

        public string Name { get; } = name;
    }

    /// <summary>Writes the received file byte for byte (UTF-8, LF) and keeps the artifact's own extension last.</summary>
    private sealed class Writer(string content, string extension) : IApprovalWriter
    {
        public string GetApprovalFilename(string basename) => basename + ".approved" + extension;

        public string GetReceivedFilename(string basename) => basename + ".received" + extension;

        public string WriteReceivedFile(string received)
        {
            File.WriteAllBytes(received, new System.Text.UTF8Encoding(false).GetBytes(content));
            return received;
        }
    }
}
