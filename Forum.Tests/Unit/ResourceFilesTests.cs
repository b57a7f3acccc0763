using System.Text.RegularExpressions;
using System.Xml.Linq;
using Forum.Tests.Infrastructure;
using Forum.Web.Infrastructure;

namespace Forum.Tests.Unit;

/// <summary>Every language other than English has one resource file, with every sentence the others have, and the same blanks.</summary>
public sealed partial class ResourceFilesTests
{
    private static Dictionary<string, string> Read(string language) =>
        XDocument.Load(Path.Combine(SourceTree.Root, "Forum.Web", "Resources", $"SharedText.{language}.resx"))
            .Root!.Elements("data").ToDictionary(d => (string)d.Attribute("name")!, d => (string)d.Element("value")!);

    private static IEnumerable<string> Translated() => Languages.Supported.Select(l => l.Code).Where(c => c != Languages.Default);

    [Test]
    public void Every_language_has_every_sentence_the_others_have()
    {
        var files = Translated().ToDictionary(code => code, Read);
        var all = files.Values.SelectMany(f => f.Keys).ToHashSet();

        foreach (var (code, file) in files)
            all.Except(file.Keys).ShouldBeEmpty($"SharedText.{code}.resx lacks these");
    }

    [TestCaseSource(nameof(Translated))]
    public void Each_translation_keeps_the_blanks_of_its_english_and_says_something(string language)
    {
        foreach (var (english, translated) in Read(language))
        {
            translated.Trim().ShouldNotBeEmpty(english);
            Blanks().Matches(translated).Select(m => m.Value).Order().ShouldBe(Blanks().Matches(english).Select(m => m.Value).Order(), english);
        }
    }

    /// <summary>
    /// The build keeps only one of two names that differ in case alone ("As" and "as"), and a look-up of the other
    /// silently finds nothing and shows English: each sentence needs a name of its own, whatever its capitals.
    /// </summary>
    [TestCaseSource(nameof(Translated))]
    public void No_two_sentences_differ_only_in_capitals(string language) =>
        Read(language).Keys.GroupBy(k => k, StringComparer.OrdinalIgnoreCase).Where(g => g.Count() > 1).Select(g => string.Join(" / ", g))
            .ShouldBeEmpty($"SharedText.{language}.resx");

    /// <summary>A blank, with its format if it has one ({0:N0}): a translation keeps both.</summary>
    [GeneratedRegex(@"\{\d+(:[^{}]*)?\}")]
    private static partial Regex Blanks();
}
