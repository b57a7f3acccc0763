using System.Text.RegularExpressions;
using Forum.Domain.Safety.Risk;

namespace Forum.Domain.Safety;

/// <summary>
/// Words of acute danger ("kill myself", "end my life"), matched as whole words and without regard to case, so that
/// the writer can be shown where to get help right now. It answers yes or no and keeps nothing: no phrase, no
/// position, no count, so there is nothing to store or log even by accident.
/// </summary>
public sealed class DangerPhrases : IRiskDetector
{
    public const int PhraseMaxLength = 80;

    private readonly Regex? _pattern;

    public DangerPhrases(IEnumerable<string> phrases)
    {
        var alternatives = phrases
            .Select(Normalize)
            .Where(p => p.Length > 0)
            .Distinct(StringComparer.OrdinalIgnoreCase)
            .Select(p => string.Join(@"\s+", p.Split(' ').Select(Regex.Escape)))
            .ToList();
        if (alternatives.Count == 0) return;
        // Neither a letter, digit, underscore nor hyphen on either side: "skill myself", "want to diet" and "want to
        // die-cast" are other words. Literal alternatives with a time limit, so no post can make matching slow.
        _pattern = new Regex($@"(?<![\w-])(?:{string.Join('|', alternatives)})(?![\w-])",
            RegexOptions.IgnoreCase | RegexOptions.CultureInvariant | RegexOptions.Compiled, TimeSpan.FromSeconds(1));
    }

    public bool IsEmpty => _pattern is null;

    /// <remarks>A post too strange to check in time gets the help page: showing it needlessly is harmless, missing it is not.</remarks>
    public bool AnyIn(params string[] texts)
    {
        if (_pattern is null) return false;
        try
        {
            return texts.Any(text => _pattern.IsMatch(Normalize(text)));
        }
        catch (RegexMatchTimeoutException)
        {
            return true;
        }
    }

    public RiskBand Assess(IReadOnlyList<string> texts) => AnyIn([.. texts]) ? RiskBand.Likely : RiskBand.None;

    /// <summary>Curly apostrophes as straight ones and runs of whitespace as one space, in phrases and posts alike.</summary>
    private static string Normalize(string text) =>
        string.Join(' ', text.Replace('\u2019', '\'').Replace('\u2018', '\'').Split((char[]?)null, StringSplitOptions.RemoveEmptyEntries));
}
