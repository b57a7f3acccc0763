namespace Forum.Tests.Unit;

public sealed partial class ArchitectureTests
{
    /// <summary>
    /// What exists only for development (the sample stories, benchmark filler) lives in Forum.Tools, so none of it
    /// ships with the site: made-up stories must never be one mistyped command away from a live forum.
    /// </summary>
    [Test]
    public void The_site_carries_no_sample_content()
    {
        var found = Web.GetTypes()
            .Where(type => (type.Namespace ?? "").Contains("Sample", StringComparison.Ordinal)
                           || type.Name.Contains("Sample", StringComparison.Ordinal))
            .Select(type => type.FullName)
            .ToList();

        found.ShouldBeEmpty("sample content belongs in Forum.Tools");
        typeof(Forum.Tools.Sample.SampleStories).Assembly.ShouldNotBe(Web, "the check above looks at the right assembly");
    }
}
