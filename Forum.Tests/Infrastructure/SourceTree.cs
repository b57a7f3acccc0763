namespace Forum.Tests.Infrastructure;

/// <summary>The repository's own files, for tests that read the source rather than run it.</summary>
public static class SourceTree
{
    public static string Root { get; } = FindRoot();

    /// <summary>Source files under <paramref name="folder"/> (relative to the root), skipping build output.</summary>
    public static IEnumerable<string> Files(string folder, string pattern) =>
        Directory.EnumerateFiles(Path.Combine(Root, folder), pattern, SearchOption.AllDirectories)
            .Where(path => !IsBuildOutput(Path.GetRelativePath(Root, path)));

    /// <summary>With forward slashes, so allow-lists read the same on every machine.</summary>
    public static string Relative(string path) => Path.GetRelativePath(Root, path).Replace('\\', '/');

    private static bool IsBuildOutput(string relative) =>
        relative.Split(Path.DirectorySeparatorChar, Path.AltDirectorySeparatorChar).Any(part => part is "bin" or "obj");

    private static string FindRoot()
    {
        for (var directory = new DirectoryInfo(AppContext.BaseDirectory); directory is not null; directory = directory.Parent)
            if (File.Exists(Path.Combine(directory.FullName, "Forum.sln"))) return directory.FullName;
        throw new InvalidOperationException("Forum.sln was not found above the test output folder.");
    }
}
