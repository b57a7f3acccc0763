namespace Forum.Tests.Unit;

/// <summary>
/// A merge once left conflict markers in site.css, which silently dropped the rules after them; the build and
/// every other test stayed green. This reads the source tree itself so that can't happen unnoticed again.
/// </summary>
[Category("Unit")]
public sealed class SourceHygieneTests
{
    private static readonly string[] CheckedExtensions = [".cs", ".cshtml", ".css", ".js", ".sql", ".json", ".md", ".csproj", ".props"];

    [Test]
    public void No_source_file_carries_merge_conflict_markers()
    {
        var root = Infrastructure.SourceTree.Root;
        var offenders = SourceFiles(new DirectoryInfo(root))
            .SelectMany(path => File.ReadLines(path).Select((line, index) => (path, line, number: index + 1)))
            .Where(entry => IsConflictMarker(entry.line))
            .Select(entry => $"{Path.GetRelativePath(root, entry.path)}:{entry.number}")
            .ToList();

        offenders.ShouldBeEmpty();
    }

    [TestCase("<<<<<<< HEAD", true)]
    [TestCase(">>>>>>> 7c34604 (a commit)", true)]
    [TestCase("=======", true)]
    [TestCase("/* ======= */", false)]
    [TestCase("a <<<<<<< b", false)]
    public void Conflict_markers_are_recognised_only_at_the_start_of_a_line(string line, bool isMarker) =>
        IsConflictMarker(line).ShouldBe(isMarker);

    private static bool IsConflictMarker(string line) =>
        line.StartsWith("<<<<<<< ", StringComparison.Ordinal)
        || line.StartsWith(">>>>>>> ", StringComparison.Ordinal)
        || line == "=======";

    /// <summary>Skips build output and the private database cluster, which the tests may not even be allowed to read.</summary>
    private static IEnumerable<string> SourceFiles(DirectoryInfo directory)
    {
        foreach (var file in directory.EnumerateFiles().Where(file => CheckedExtensions.Contains(file.Extension)))
            yield return file.FullName;
        foreach (var child in directory.EnumerateDirectories().Where(child => !SkippedFolders.Contains(child.Name)))
            foreach (var path in SourceFiles(child)) yield return path;
    }

    private static readonly HashSet<string> SkippedFolders = ["bin", "obj", ".data", ".git", "TestResults", "node_modules", "BenchmarkDotNet.Artifacts"];
}
