using Forum.Web.Safety;

namespace Forum.Tests.Unit;

/// <summary>The crisis lines file the site ships, the checks that stop a bad edit at start-up, and whose lines come first.</summary>
[Category("Unit")]
public sealed class CrisisLinesTests
{
    private static CrisisLines Shipped() => CrisisLinesFile.ReadShipped();

    private static string Failures(CrisisLines lines)
    {
        var result = new CrisisLinesValidation().Validate(null, lines);
        result.Failed.ShouldBeTrue("the edit should have been refused");
        return result.FailureMessage;
    }

    [Test]
    public void The_shipped_file_passes_its_checks_with_a_source_and_a_checked_day_for_every_line()
    {
        var lines = Shipped();

        var result = new CrisisLinesValidation().Validate(null, lines);
        result.Succeeded.ShouldBeTrue(result.FailureMessage);
        lines.Countries.Count.ShouldBeGreaterThanOrEqualTo(25);
        lines.Countries.SelectMany(c => c.Lines).ShouldAllBe(l => l.Source.StartsWith("http") && l.Checked.Length == 10);
        lines.Directory.Web.ShouldBe("https://findahelpline.com");
    }

    [Test]
    public void Chiles_star_number_is_allowed_and_dialled_with_its_star()
    {
        var chile = Shipped().Find("cl")!;
        chile.Lines[0].Phone.ShouldBe("*4141");
        ResourceChecks.Dialable(chile.Lines[0].Phone).ShouldBe("*4141");
        ResourceChecks.Dialable("+1 (555) 010-0000").ShouldBe("+15550100000");
    }

    [Test]
    public void A_broken_line_is_refused_with_its_place_and_name()
    {
        var lines = Shipped();
        var index = lines.Countries.FindIndex(c => c.Code == "CL");
        lines.Countries[index].Lines[0].Phone = "call me maybe";

        Failures(lines).ShouldContain($"Safety/crisis-lines.json: countries[{index}] (CL, Chile): lines[0] (Línea de Prevención del Suicidio): Phone \"call me maybe\" is not a phone number");
    }

    [TestCase("Code", "Mexico", "Code \"Mexico\" is not a country's two capital letters")]
    [TestCase("Code", "US", "Code \"US\" is listed twice")]
    [TestCase("Emergency", "", "Emergency is missing")]
    [TestCase("Emergency", "nine one one", "Phone \"nine one one\" is not a phone number")]
    public void A_broken_country_is_refused_with_its_place(string field, string value, string message)
    {
        var lines = Shipped();
        var mexico = lines.Countries.Single(c => c.Code == "MX");
        if (field == "Code") mexico.Code = value; else mexico.Emergency = value;

        Failures(lines).ShouldContain($"Safety/crisis-lines.json: countries[2] ({mexico.Code}, Mexico): {message}");
    }

    [TestCase("Web", "http://www.samaritans.org", "Web \"http://www.samaritans.org\" is not an https:// address")]
    [TestCase("Source", "", "Source is missing")]
    [TestCase("Source", "javascript:alert(1)", "Source \"javascript:alert(1)\" is not a web address")]
    [TestCase("Checked", "7 Dec 2026", "Checked \"7 Dec 2026\" is not the day it was checked (yyyy-MM-dd)")]
    [TestCase("Sms", "85259", "Text \"Text SHOUT to 85258\" names another number than Sms \"85259\"")]
    [TestCase("Text", "Text us", "Text \"Text us\" does not name a number to text")]
    [TestCase("Languages", "English", "Languages has \"English\"")]
    public void A_broken_field_of_a_line_is_refused_with_the_line_named(string field, string value, string message)
    {
        var lines = Shipped();
        var uk = lines.Countries.Single(c => c.Code == "GB");
        var line = field is "Web" ? uk.Lines[0] : uk.Lines[1];
        switch (field)
        {
            case "Web": line.Web = value; break;
            case "Source": line.Source = value; break;
            case "Checked": line.Checked = value; break;
            case "Sms": line.Sms = value; break;
            case "Text": line.Text = value; break;
            case "Languages": line.Languages = [value]; break;
        }

        Failures(lines).ShouldContain($"(GB, United Kingdom): lines[{uk.Lines.IndexOf(line)}] ({line.Name}): {message}");
    }

    [Test]
    public void A_country_without_lines_and_a_directory_without_an_address_are_refused()
    {
        var lines = Shipped();
        lines.Countries[0].Lines.Clear();
        lines.Directory.Web = "";

        var failures = Failures(lines);
        failures.ShouldContain("countries[0] (US, United States): there are no lines.");
        failures.ShouldContain("Safety/crisis-lines.json: directory (Find A Helpline): Web is missing.");
    }

    [Test]
    public void A_misspelt_field_stops_the_reading_with_where_it_is()
    {
        var failure = Should.Throw<InvalidOperationException>(() =>
            CrisisLinesFile.Parse("""{ "directory": { "name": "D", "web": "https://d.example" }, "countries": [ { "code": "US", "phnoe": "988" } ] }"""));
        failure.Message.ShouldContain("Safety/crisis-lines.json can't be read at $.countries[0].phnoe");
    }

    [TestCase("es-MX,es;q=0.9,en;q=0.8", "MX")]
    [TestCase("en-GB", "GB")]
    [TestCase("en-gb,en;q=0.5", "GB")]
    [TestCase("en-US;q=0.5, de-AT", "AT")]
    [TestCase("zh-Hant-TW, pt-BR;q=0.8", "BR")]
    [TestCase("de, fr-CH;q=0.7", "CH")]
    public void The_browsers_region_names_the_country(string acceptLanguage, string code)
    {
        var choice = ReaderCountry.Choose(null, acceptLanguage, Shipped());

        choice.Country!.Code.ShouldBe(code);
        choice.Chosen.ShouldBeFalse();
    }

    [TestCase(null)]
    [TestCase("")]
    [TestCase("fr")]
    [TestCase("es-419,es;q=0.9")]
    [TestCase("*")]
    [TestCase("en-XX")]
    [TestCase("not a header at all;;;q=")]
    public void No_region_the_lines_cover_means_no_country(string? acceptLanguage) =>
        ReaderCountry.Choose(null, acceptLanguage, Shipped()).Country.ShouldBeNull();

    [Test]
    public void A_header_too_long_to_be_a_browsers_is_not_read() =>
        ReaderCountry.Choose(null, "es-MX," + string.Join(",", Enumerable.Repeat("en;q=0.1", 80)), Shipped()).Country.ShouldBeNull();

    [Test]
    public void The_readers_choice_wins_over_their_browser()
    {
        var lines = Shipped();

        ReaderCountry.Choose("GB", "es-MX", lines).ShouldSatisfyAllConditions(
            c => c.Country!.Code.ShouldBe("GB"), c => c.Chosen.ShouldBeTrue());
        ReaderCountry.Choose(CrisisLines.Everywhere, "es-MX", lines).ShouldSatisfyAllConditions(
            c => c.Country.ShouldBeNull("somewhere else: the directory first"), c => c.Chosen.ShouldBeTrue());
    }

    [TestCase("XX")]
    [TestCase("gb; drop table")]
    [TestCase("")]
    public void A_cookie_naming_no_country_the_lines_cover_falls_back_to_the_browser(string cookie)
    {
        var choice = ReaderCountry.Choose(cookie, "es-MX", Shipped());

        choice.Country!.Code.ShouldBe("MX");
        choice.Chosen.ShouldBeFalse();
    }

    [Test]
    public void Help_shows_the_readers_country_then_every_other_one_folded()
    {
        var lines = Shipped();
        var view = ReaderCountry.ForHelp(ReaderCountry.Choose(null, "es-MX", lines), lines);

        view.Country!.Code.ShouldBe("MX");
        view.Shown.ShouldBeEmpty();
        view.Folded.Count.ShouldBe(lines.Countries.Count - 1);
        view.Folded.ShouldNotContain(view.Country);
    }

    [Test]
    public void Without_a_country_a_short_list_in_the_readers_language_comes_after_the_directory()
    {
        var lines = Shipped();

        var french = ReaderCountry.ForHelp(ReaderCountry.Choose(null, "fr", lines), lines);
        french.Country.ShouldBeNull();
        french.Shown.Select(c => c.Code).ShouldBe(["CA", "FR", "CH", "BE"]);
        french.Folded.Count.ShouldBe(lines.Countries.Count, "every country, each with all its lines");

        var unknown = ReaderCountry.ForPause(ReaderCountry.Choose(null, null, lines), lines);
        unknown.Shown.Count.ShouldBe(ReaderCountry.ShortListLength);
        unknown.Folded.ShouldBeEmpty("the pause stays short");
    }

    [TestCase("CA", "CA")]
    [TestCase("Canada", "CA")]
    [TestCase("United Kingdom and Ireland", null)]
    [TestCase(CrisisLines.Everywhere, null)]
    public void A_notices_lines_are_its_country_or_the_directory_alone(string stored, string? code)
    {
        var view = Shipped().ForNotice(stored);

        view.Country?.Code.ShouldBe(code);
        if (code is null) view.Country.ShouldBeNull();
        view.Shown.ShouldBeEmpty();
        view.Folded.ShouldBeEmpty();
    }
}
