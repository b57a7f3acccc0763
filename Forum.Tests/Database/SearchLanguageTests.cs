using System.Globalization;
using Forum.Data;
using Forum.Data.Reading.Search;
using Forum.Data.Writing;
using Microsoft.EntityFrameworkCore;

namespace Forum.Tests.Database;

/// <summary>
/// Search finds a person's words in their language (issue 31 item 3): each post is read with the rules of the
/// language its writer's interface was in, and recovery words find their true equivalents (migrations/0036,
/// docs/decisions/0008-search-languages.md).
/// </summary>
[Category("Database")]
public sealed class SearchLanguageTests
{
    private string _connectionString = "";

    [OneTimeSetUp]
    public async Task WriteThePosts()
    {
        _connectionString = await TestPostgres.CreateDatabaseAsync();
        await WriteAsync("es", "Llevo tres meses", "Llevo tres meses sin beber y tuve dos recaídas, pero sigo aquí.");
        await WriteAsync("ar", "كل ليلة", "أشعر بالوحدة كل ليلة منذ أن توقفت عن الشرب.");
        await WriteAsync("en", "Sober at a wedding", "Everyone had champagne and I held a glass of water all night.");
        await WriteAsync("en", "After the weekend", "I had a slip on Saturday and I'm starting my count again.");
        await WriteAsync("en", "The shaking", "The withdrawal was the hardest part of the first week.");
        await WriteAsync("en", "Going back", "I went to my first AA meeting in years, and nobody asked why.");
    }

    /// <summary>Writes a story as a writer whose interface is in this language, as a request would set it.</summary>
    private async Task WriteAsync(string language, string title, string body)
    {
        var before = CultureInfo.CurrentUICulture;
        CultureInfo.CurrentUICulture = new CultureInfo(language);
        try
        {
            await using var db = TestPostgres.CreateContext(_connectionString);
            await new StoryWriter(db, new MarkdownPostRenderer(), TimeProvider.System, WatchedPhrases.None, Builders.NoRisk).StartStoryAsync(
                "anxiety", title, body, ContentWarningSet.None,
                Pseudonym.Create(PseudonymNameGenerator.Next(), PseudonymSecret.New(), TimeProvider.System.GetUtcNow()), CancellationToken.None);
        }
        finally
        {
            CultureInfo.CurrentUICulture = before;
        }
    }

    private async Task<List<string>> TitlesAsync(string words, string readerLanguage = "en")
    {
        await using var db = TestPostgres.CreateContext(_connectionString);
        var results = await new SearchReader(db).SearchAsync(new SearchRequest(words, null, 1, ReaderLanguage: readerLanguage), CancellationToken.None);
        return results.Results.Select(r => r.Story.Title).ToList();
    }

    [Test]
    public async Task Each_post_remembers_the_language_its_writer_wrote_in()
    {
        await using var db = TestPostgres.CreateContext(_connectionString);
        (await db.Stories.Where(t => t.Title == "Llevo tres meses").Select(t => t.Language).SingleAsync()).ShouldBe("es");
        (await db.Stories.Where(t => t.Title == "كل ليلة").Select(t => t.Language).SingleAsync()).ShouldBe("ar");
        (await db.Stories.Where(t => t.Title == "Sober at a wedding").Select(t => t.Language).SingleAsync()).ShouldBe("en");
    }

    [TestCase("es")]
    [TestCase("en")]
    public async Task A_spanish_post_is_found_by_another_form_of_its_word(string readerLanguage) =>
        (await TitlesAsync("recaída", readerLanguage)).ShouldBe(["Llevo tres meses"], "\"recaídas\" and \"recaída\" are one word in Spanish");

    [Test]
    public async Task An_arabic_post_is_found_by_its_word() =>
        (await TitlesAsync("الوحدة", "ar")).ShouldBe(["كل ليلة"], "\"بالوحدة\" is \"الوحدة\" with a preposition");

    [Test]
    public async Task Sobriety_finds_sober() =>
        (await TitlesAsync("sobriety")).ShouldBe(["Sober at a wedding"]);

    [Test]
    public async Task A_relapse_is_found_as_a_slip_and_alcoholics_anonymous_as_aa()
    {
        (await TitlesAsync("relapse")).ShouldContain("After the weekend", "its writer had a slip");
        (await TitlesAsync("alcoholics anonymous")).ShouldBe(["Going back"]);
    }

    [Test]
    public async Task Detox_is_not_taken_for_withdrawal() =>
        (await TitlesAsync("detox")).ShouldBeEmpty("detox is the care, withdrawal what the body goes through: not the same thing");

    [Test]
    public async Task Words_too_common_in_the_readers_language_still_say_so()
    {
        await using var db = TestPostgres.CreateContext(_connectionString);
        (await new SearchReader(db).SearchAsync(new SearchRequest("the", null, 1, ReaderLanguage: "en"), CancellationToken.None))
            .Outcome.ShouldBe(SearchOutcome.NoSearchableWords);
    }
}
