using System.Text.Json;

namespace Forum.Web.Safety;

/// <summary>Reads Safety/crisis-lines.json, which the build embeds in the app so that every node ships the same lines.</summary>
public static class CrisisLinesFile
{
    public const string Name = "Safety/crisis-lines.json";
    private const string Resource = "Forum.Web.Safety.crisis-lines.json";

    private static readonly JsonSerializerOptions Json = new()
    {
        PropertyNamingPolicy = JsonNamingPolicy.CamelCase,
        // A misspelt field ("phnoe") would otherwise drop a number without a word.
        UnmappedMemberHandling = System.Text.Json.Serialization.JsonUnmappedMemberHandling.Disallow,
        ReadCommentHandling = JsonCommentHandling.Skip,
    };

    public static CrisisLines ReadShipped()
    {
        using var stream = typeof(CrisisLinesFile).Assembly.GetManifestResourceStream(Resource)
                           ?? throw new InvalidOperationException($"{Name} is not in the app: the build embeds it (Forum.Web.csproj).");
        using var reader = new StreamReader(stream);
        return Parse(reader.ReadToEnd());
    }

    /// <exception cref="InvalidOperationException">The file is not the JSON the site reads, with where it went wrong.</exception>
    public static CrisisLines Parse(string json)
    {
        try
        {
            return JsonSerializer.Deserialize<CrisisLines>(json, Json) ?? throw new InvalidOperationException($"{Name} is empty.");
        }
        catch (JsonException e)
        {
            throw new InvalidOperationException($"{Name} can't be read at {e.Path} (line {e.LineNumber + 1}): {e.Message}", e);
        }
    }

    /// <summary>Fills the options the site reads from the shipped file (see SafetyResources).</summary>
    internal static void Fill(CrisisLines lines)
    {
        var read = ReadShipped();
        lines.Directory = read.Directory;
        lines.Countries = read.Countries;
    }
}
