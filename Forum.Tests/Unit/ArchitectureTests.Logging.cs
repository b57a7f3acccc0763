using System.Text.RegularExpressions;

namespace Forum.Tests.Unit;

public sealed partial class ArchitectureTests
{
    /// <summary>
    /// Every message is a [LoggerMessage] in ForumLog or DataLog: one list, each with an event id, where a reviewer
    /// sees at once that no message carries post text, a name or an address. The ad-hoc extension calls
    /// (LogInformation, LogWarning, …, or Log(level, …)) would scatter them again.
    /// </summary>
    [Test]
    public void Logging_goes_through_source_generated_messages()
    {
        var found = SourceTree.Files("Forum.Web", "*.cs").Concat(SourceTree.Files("Forum.Data", "*.cs"))
            .SelectMany(path => AdHocLogCall().Matches(File.ReadAllText(path)).Select(m => $"{SourceTree.Relative(path)}: {m.Value}"))
            .ToList();

        found.ShouldBeEmpty("add a [LoggerMessage] to Forum.Web/Infrastructure/ForumLog.cs or Forum.Data/DataLog.cs");
        AdHocLogCall().IsMatch("logger.LogWarning(e, \"…\");").ShouldBeTrue("the pattern finds what it forbids");
    }

    [GeneratedRegex(@"\.Log(Trace|Debug|Information|Warning|Error|Critical)?\(")]
    private static partial Regex AdHocLogCall();
}
