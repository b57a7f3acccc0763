using System.Text.RegularExpressions;

namespace Forum.Tests.Unit;

public sealed partial class ArchitectureTests
{
    /// <summary>
    /// Bad settings end one way: a <see cref="Forum.Web.Startup.StartupRefusal"/> that Program prints as one line.
    /// Environment.Exit would skip that, and anything the host has to close on its way out.
    /// </summary>
    [Test]
    public void Nothing_in_the_site_calls_environment_exit()
    {
        var found = SourceTree.Files("Forum.Web", "*.cs")
            .Where(path => File.ReadAllText(path).Contains("Environment.Exit", StringComparison.Ordinal))
            .Select(SourceTree.Relative)
            .ToList();

        found.ShouldBeEmpty("throw StartupRefusal instead");
    }

    /// <summary>
    /// Every options class of the forum's own is bound through AddOptions with ValidateOnStart and a validator
    /// (IValidateOptions or data annotations), so a bad value stops the node at start (SettingsCheck) rather than
    /// failing the first request that reads it. The framework's options, set in code, are not settings and pass.
    /// </summary>
    [Test]
    public void Every_forum_options_class_is_validated_at_start_up()
    {
        var forumTypes = new[] { Web, Data, typeof(Forum.Domain.Stories.Story).Assembly }
            .SelectMany(assembly => assembly.GetTypes())
            .GroupBy(type => type.Name)
            .ToDictionary(group => group.Key, group => group.First());
        var validated = Web.GetTypes()
            .SelectMany(type => type.GetInterfaces())
            .Where(face => face.IsGenericType && face.GetGenericTypeDefinition() == typeof(Microsoft.Extensions.Options.IValidateOptions<>))
            .Select(face => face.GetGenericArguments()[0])
            .ToHashSet();
        var registration = new Regex(@"\b(?<how>AddOptions|Configure)<(?<type>[\w.]+)>\((?<rest>[^;]*);", RegexOptions.Singleline);

        var problems = new List<string>();
        var seen = 0;
        foreach (var path in SourceTree.Files("Forum.Web", "*.cs"))
        {
            foreach (Match match in registration.Matches(File.ReadAllText(path)))
            {
                var name = match.Groups["type"].Value.Split('.')[^1];
                if (!forumTypes.TryGetValue(name, out var type)) continue;
                seen++;
                var rest = match.Groups["rest"].Value;
                if (match.Groups["how"].Value != "AddOptions" || !rest.Contains(".ValidateOnStart()", StringComparison.Ordinal))
                    problems.Add($"{SourceTree.Relative(path)}: {name} without AddOptions<{name}>()...ValidateOnStart()");
                else if (!validated.Contains(type) && !rest.Contains(".ValidateDataAnnotations()", StringComparison.Ordinal))
                    problems.Add($"{SourceTree.Relative(path)}: {name} has no IValidateOptions<{name}> and no ValidateDataAnnotations()");
            }
        }

        seen.ShouldBeGreaterThan(4, "the scan finds the forum's options registrations");
        problems.ShouldBeEmpty();
    }
}
