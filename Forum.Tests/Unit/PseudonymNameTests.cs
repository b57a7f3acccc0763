using Forum.Web.Forms;
using Forum.Web.Identity;

namespace Forum.Tests.Unit;

[Category("Unit")]
public sealed class PseudonymNameTests
{
    [TestCase("Quiet Fern", "quiet fern")]
    [TestCase("Quiet Fern", "QUIET   FERN")]
    [TestCase("Quiet Fern", "Quiet_Fern")]
    [TestCase("Quiet Fern", "Quiet-Fern.")]
    [TestCase("Zoë River", "Zoe River")]
    [TestCase("Renée", "Renee")]
    [TestCase("Quiet Fern", "Quiеt Fеrn")] // Cyrillic е
    [TestCase("Hope", "Ηορе")] // Greek Eta and omicron, Cyrillic р and е
    [TestCase("Cool Moon", "C00l M00n")]
    [TestCase("Still Lake", "St1ll Lake")]
    [TestCase("Still Lake", "Stiii Iake")]
    [TestCase("Modern", "Rnodern")]
    [TestCase("Willow", "VVillow")]
    [TestCase("ﬁnch", "finch")]
    public void Look_alike_names_fold_to_one_key(string name, string lookAlike) =>
        PseudonymNameKey.Of(lookAlike).ShouldBe(PseudonymNameKey.Of(name));

    [TestCase("Quiet Fern", "Quiet Fen")]
    [TestCase("River 12", "River 13")]
    [TestCase("Maple", "Apple")]
    public void Different_names_stay_different(string one, string other) =>
        PseudonymNameKey.Of(one).ShouldNotBe(PseudonymNameKey.Of(other));

    [TestCase("ab", "at least 3 characters")]
    [TestCase("  a  ", "at least 3 characters")]
    [TestCase("A name that is far too long for anyone to read", "up to 32 characters")]
    [TestCase("Fern 🌿 Heart", "letters, numbers, spaces")]
    [TestCase("Fern\u200bHeart", "letters, numbers, spaces")]
    [TestCase("Fern<script>", "letters, numbers, spaces")]
    [TestCase("...", "not only punctuation")]
    public void Each_name_rule_is_refused_with_its_own_message(string name, string message) =>
        PseudonymName.Refusal(PseudonymName.Tidy(name))!.ShouldContain(message);

    [TestCase("Moderator", "moderator")]
    [TestCase("the m0derat0r", "moderator")]
    [TestCase("Mоdеrator Help", "moderator")] // Cyrillic о and е
    [TestCase("ADMIN", "admin")]
    [TestCase("Admin_Jo", "admin")]
    [TestCase("Site Administrator", "administrator")]
    [TestCase("Forum Staff", "staff")]
    [TestCase("0fficial Help", "official")]
    [TestCase("Forum Team", "forum team")]
    [TestCase("Support-Team", "support team")]
    [TestCase("System", "system")]
    [TestCase("Mod", "mod")]
    [TestCase("the mod", "mod")]
    [TestCase("TheMod", "mod")]
    [TestCase("Mod 7", "mod")]
    [TestCase("Forum guidelines", "forum guidelines")]
    public void Names_that_pass_for_staff_are_refused_naming_the_word(string name, string word) =>
        PseudonymName.Refusal(PseudonymName.Tidy(name))!.ShouldBe(
            $"Names can't include “{word}”, so that nobody is mistaken for the people who run the forum. Any other name you like is fine.");

    [TestCase("Modest Heron")]
    [TestCase("Commodore 64")]
    [TestCase("Quiet Fern 12")]
    [TestCase("Zoë")]
    [TestCase("Лиса")]
    [TestCase("O'Neill")]
    public void Ordinary_names_are_accepted(string name) => PseudonymName.Refusal(PseudonymName.Tidy(name)).ShouldBeNull();

    [Test]
    public void Every_generated_name_passes_the_rules()
    {
        for (var i = 0; i < 3000; i++)
        {
            var name = PseudonymNameGenerator.Next();
            PseudonymName.Refusal(name).ShouldBeNull(name);
        }
    }

    [Test]
    public void The_entity_refuses_a_reserved_name_but_the_forum_itself_may_use_one()
    {
        Should.Throw<DomainRuleException>(() => Pseudonym.Create("Admin", PseudonymSecret.New(), Builders.Now)).Message.ShouldContain("admin");
        Pseudonym.CreateForTheForum("Forum guidelines", Builders.Now).Name.ShouldBe("Forum guidelines");
    }

    [Test]
    public void Names_are_stored_tidy() => Pseudonym.Create("  Quiet    Fern  ", PseudonymSecret.New(), Builders.Now).Name.ShouldBe("Quiet Fern");

    [Test]
    public void The_validator_passes_an_empty_name_so_one_is_generated_and_refuses_bad_ones()
    {
        var validator = new NameDraftValidator(Localizer());
        validator.Validate(new NameDraft { Name = "" }).IsValid.ShouldBeTrue();
        validator.Validate(new NameDraft { Name = "x" }).Errors.Single().ErrorMessage.ShouldContain("at least 3");
        validator.Validate(new NameDraft { Name = new string('x', 100_000) }).Errors.Single().ErrorMessage.ShouldContain("up to 32");
    }

    /// <summary>A refusal that repeats the name's length is filled in in the reader's language, its numbers written their way.</summary>
    [Test]
    public void The_validator_says_a_refusal_with_blanks_in_the_readers_language()
    {
        var culture = System.Globalization.CultureInfo.CurrentUICulture;
        try
        {
            System.Globalization.CultureInfo.CurrentUICulture = new System.Globalization.CultureInfo("es");
            new NameDraftValidator(Localizer()).Validate(new NameDraft { Name = new string('x', 40) }).Errors.Single().ErrorMessage
                .ShouldBe("Un nombre puede tener hasta 32 caracteres; este tiene 40. Uno más corto también se reconoce mejor.");
        }
        finally
        {
            System.Globalization.CultureInfo.CurrentUICulture = culture;
        }
    }

    /// <summary>The app's own resource files, read as the app reads them.</summary>
    private static Microsoft.Extensions.Localization.IStringLocalizer<Forum.Web.Resources.SharedText> Localizer() =>
        new Microsoft.Extensions.Localization.StringLocalizer<Forum.Web.Resources.SharedText>(
            new Microsoft.Extensions.Localization.ResourceManagerStringLocalizerFactory(
                Microsoft.Extensions.Options.Options.Create(new Microsoft.Extensions.Localization.LocalizationOptions()),
                Microsoft.Extensions.Logging.Abstractions.NullLoggerFactory.Instance));

    [Test]
    public void A_recovery_key_is_forgiving_to_type_and_opens_only_its_own_pseudonym()
    {
        var (pseudonym, key) = Pseudonym.CreateRecoverable("Quiet Fern", Builders.Now);
        var text = key.ToString();
        text.Length.ShouldBe(RecoveryKey.Characters + 6);
        RecoveryKey.TryParse(text.ToLowerInvariant().Replace("-", " "), out var typed).ShouldBeTrue();
        typed.LookupHash().ShouldBe(pseudonym.RecoveryHash);
        pseudonym.IsHeldBy(typed.Secret()).ShouldBeTrue();
        RecoveryKey.New().LookupHash().ShouldNotBe(pseudonym.RecoveryHash);
    }

    [TestCase(null)]
    [TestCase("")]
    [TestCase("ABCD-EFGH")]
    [TestCase("ABCD-EFGH-JKMN-PQRS-TVWX-YZ01-23U")]
    [TestCase("ABCD-EFGH-JKMN-PQRS-TVWX-YZ01-2345")]
    [TestCase("<script>alert(1)</script>")]
    public void Malformed_recovery_keys_are_refused(string? text) => RecoveryKey.TryParse(text, out _).ShouldBeFalse();

    [Test]
    public void A_new_recovery_key_changes_the_secret_so_the_old_key_stops_working()
    {
        var (pseudonym, oldKey) = Pseudonym.CreateRecoverable("Quiet Fern", Builders.Now);
        var (newKey, secret) = pseudonym.IssueRecoveryKey();
        pseudonym.IsHeldBy(oldKey.Secret()).ShouldBeFalse();
        pseudonym.IsHeldBy(secret).ShouldBeTrue();
        pseudonym.RecoveryHash.ShouldBe(newKey.LookupHash());
    }

    [Test]
    public void A_full_keyring_stays_far_below_the_cookie_limit_and_round_trips()
    {
        var keyring = PseudonymKeyring.Empty;
        var ids = Enumerable.Range(0, PseudonymKeyring.MaxKept + 3).Select(_ => Guid.NewGuid()).ToList();
        foreach (var id in ids) keyring.PutFirst(id, PseudonymSecret.New());
        keyring.Entries.Count.ShouldBe(PseudonymKeyring.MaxKept);
        var text = keyring.ToString();
        text.Length.ShouldBeLessThan(1000);
        Uri.EscapeDataString(text).ShouldBe(text);
        PseudonymKeyring.Parse(text).Entries.Select(e => e.Id).ShouldBe(keyring.Entries.Select(e => e.Id));
    }

    [TestCase("garbage")]
    [TestCase("~~~")]
    [TestCase("0123456789abcdef0123456789abcdef.short")]
    public void A_keyring_that_does_not_parse_holds_nothing(string value) => PseudonymKeyring.Parse(value).Entries.ShouldBeEmpty();

    [Test]
    public void A_keyring_keeps_the_good_entries_beside_bad_ones()
    {
        var id = Guid.NewGuid();
        var secret = PseudonymSecret.New();
        PseudonymKeyring.Parse($"junk~{id:N}.{secret}~{Guid.NewGuid():N}.nope").Entries.Single().Id.ShouldBe(id);
    }
}
