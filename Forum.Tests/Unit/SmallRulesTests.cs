using Forum.Data.Reading;
using Forum.Domain.Stories;
using Forum.Web.Infrastructure;

namespace Forum.Tests.Unit;

[Category("Unit")]
public sealed class SmallRulesTests
{
    [TestCase("Three days sober", "three-days-sober")]
    [TestCase("Ça va? Not really…", "ca-va-not-really")]
    [TestCase("!!!", "story")]
    [TestCase("日本語だけ", "story")]
    [TestCase("  --Hello--World--  ", "hello-world")]
    public void Slugs_are_readable_ascii(string title, string slug) => Slug.From(title).ShouldBe(slug);

    [Test]
    public void Slugs_are_bounded() => Slug.From(new string('a', 500)).Length.ShouldBe(Slug.MaxLength);

    [Test]
    public void A_secret_round_trips_through_its_text_and_matches_only_its_own_hash()
    {
        var secret = PseudonymSecret.New();
        PseudonymSecret.TryParse(secret.ToString(), out var parsed).ShouldBeTrue();
        parsed.Matches(secret.Hash()).ShouldBeTrue();
        PseudonymSecret.New().Matches(secret.Hash()).ShouldBeFalse();
        secret.Hash().Length.ShouldBe(Pseudonym.SecretHashLength);
    }

    [TestCase(null)]
    [TestCase("")]
    [TestCase("not base64 at all!")]
    [TestCase("c2hvcnQ")]
    [TestCase("AAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAA")]
    public void Malformed_secrets_are_refused(string? text) => PseudonymSecret.TryParse(text, out _).ShouldBeFalse();

    [Test]
    public void Generated_names_are_friendly_and_fit_the_limits()
    {
        for (var i = 0; i < 1000; i++)
        {
            var name = PseudonymNameGenerator.Next();
            name.Length.ShouldBeInRange(Pseudonym.NameMinLength, Pseudonym.NameMaxLength);
            name.Split(' ').Length.ShouldBe(3);
        }
    }

    [Test]
    public void Name_keys_ignore_case_and_spacing() =>
        PseudonymNameKey.Of("Quiet  FERN 12").ShouldBe(PseudonymNameKey.Of("quiet fern12"));

    [Test]
    public void Cursors_round_trip_to_the_microsecond()
    {
        var cursor = new ActivityCursor(new DateTimeOffset(2026, 11, 21, 9, 30, 15, TimeSpan.Zero).AddTicks(1234560), 42);
        ActivityCursor.TryParse(cursor.ToString(), out var parsed).ShouldBeTrue();
        parsed.ShouldBe(cursor);
    }

    [TestCase("")]
    [TestCase("abc")]
    [TestCase("-5")]
    [TestCase("5-")]
    [TestCase("1-2-3")]
    [TestCase("99999999999999999999999-1")]
    [TestCase("1.5-2")]
    public void Malformed_cursors_are_refused(string text) => ActivityCursor.TryParse(text, out _).ShouldBeFalse();

    [Test]
    public void Times_read_like_a_person_would_say_them()
    {
        var now = new DateTimeOffset(2026, 11, 21, 12, 0, 0, TimeSpan.Zero);
        TimeText.Ago(now.AddSeconds(-10), now).ShouldBe("just now");
        TimeText.Ago(now.AddMinutes(-5), now).ShouldBe("5 minutes ago");
        TimeText.Ago(now.AddHours(-3), now).ShouldBe("3 hours ago");
        TimeText.Ago(now.AddHours(-30), now).ShouldBe("yesterday");
        TimeText.Ago(now.AddDays(-90), now).ShouldBe("23 August 2026");
    }

    [Test]
    public void Text_is_made_storable_and_otherwise_left_alone()
    {
        // Built in code: a lone surrogate does not survive being written into an attribute's metadata.
        var cases = new (string Text, string Storable, string Line)[]
        {
            ("plain text", "plain text", "plain text"),
            ("nul" + '\0' + "inside", "nulinside", "nulinside"),
            ("lone " + (char)0xD800 + " high", "lone  high", "lone  high"),
            ("lone " + (char)0xDC00 + " low", "lone  low", "lone  low"),
            ("pair " + char.ConvertFromUtf32(0x1F642) + " kept", "pair " + char.ConvertFromUtf32(0x1F642) + " kept", "pair " + char.ConvertFromUtf32(0x1F642) + " kept"),
            ("ends high " + (char)0xD83D, "ends high ", "ends high "),
            ("bell\u0007 esc\u001B del\u007F c1\u0085\u009B", "bell esc del c1", "bell esc del c1"),
            ("non\uFFFE\uFFFF\uFDD0" + char.ConvertFromUtf32(0x1FFFE) + char.ConvertFromUtf32(0x10FFFF) + "chars", "nonchars", "nonchars"),
            ("two\nlines\tand tab", "two\nlines\tand tab", "two lines and tab"),
            ("\u202Ebidi\u200F\u061C\u2066", "\u202Ebidi\u200F\u061C\u2066", "bidi"),
        };
        foreach (var (text, storable, line) in cases)
        {
            Forum.Domain.PlainText.Storable(text).ShouldBe(storable);
            Forum.Domain.PlainText.Line(text).ShouldBe(line);
        }
        Forum.Domain.PlainText.Normalized("a\uFFFEb" + (char)0xD800, System.Text.NormalizationForm.FormKD).ShouldBe("ab");
        Forum.Domain.Pseudonyms.PseudonymNameKey.Of("Fern\uFFFELeaf").ShouldBe(Forum.Domain.Pseudonyms.PseudonymNameKey.Of("FernLeaf"));
    }
}
