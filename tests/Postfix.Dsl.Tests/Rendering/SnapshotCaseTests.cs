using System.Linq;
using Xunit;

namespace Postfix.Dsl.Tests.Rendering;

/// <summary>The focused files of every case match their approved snapshots (Snapshots/case/file).</summary>
public class SnapshotCaseTests
{
    public static TheoryData<string, string> Files()
    {
        var data = new TheoryData<string, string>();
        foreach (var (name, snapshotCase) in SnapshotCases.All)
        {
            foreach (var file in snapshotCase.Files)
            {
                data.Add(name, file);
            }
        }

        return data;
    }

    [Theory]
    [MemberData(nameof(Files))]
    public void The_focused_artifacts_of_every_case_match_their_snapshots(string caseName, string file) =>
        Snapshot.Verify(caseName, file, PostfixDsl.Render(SnapshotCases.All[caseName].Host).File(file));

    [Fact]
    public void Every_approved_snapshot_belongs_to_a_case_or_sample_so_none_goes_stale()
    {
        var expected = Files().Select(row => $"{row[0]}/{row[1]}").ToHashSet();
        foreach (var file in new[] { "main.cf", "master.cf", "access", "regexp", "syslog.conf" })
        {
            expected.Add("neptune/" + file);
        }

        var approved = System.IO.Directory.GetFiles(RepositoryPaths.Snapshots, "*.approved*", System.IO.SearchOption.AllDirectories)
            .Select(path => System.IO.Path.GetRelativePath(RepositoryPaths.Snapshots, path).Replace('\\', '/').Replace(".approved", string.Empty))
            .ToHashSet();
        Assert.Empty(approved.Except(expected));
    }
}
