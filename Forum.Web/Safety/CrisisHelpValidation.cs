namespace Forum.Web.Safety;

/// <summary>Checked once at start-up (ValidateOnStart): a crisis page must never go out with a broken entry on it.</summary>
internal sealed class CrisisHelpValidation : IValidateOptions<CrisisHelpOptions>
{
    public ValidateOptionsResult Validate(string? name, CrisisHelpOptions options)
    {
        var checks = new ResourceChecks();
        if (options.Lines.Count == 0 && string.IsNullOrWhiteSpace(options.Directory.Web))
            checks.Fail($"{CrisisHelpOptions.Section}: there are no crisis lines and no directory, so /help would have nothing on it.");
        for (var i = 0; i < options.Lines.Count; i++)
        {
            var line = options.Lines[i];
            var entry = ResourceChecks.Entry($"{CrisisHelpOptions.Section}:Lines:{i}", line.Name);
            checks.Require(entry, "Country", line.Country, 60);
            CheckLine(checks, entry, line);
            if (line.Phone.Length == 0 && line.TextLine.Length == 0 && line.Web.Length == 0)
                checks.Fail($"{entry}: give at least one way to reach it: Phone, TextLine or Web.");
        }
        var directory = ResourceChecks.Entry($"{CrisisHelpOptions.Section}:Directory", options.Directory.Name);
        CheckLine(checks, directory, options.Directory);
        checks.Web(directory, options.Directory.Web, required: true);
        for (var i = 0; i < options.DangerPhrases.Count; i++)
        {
            var phrase = options.DangerPhrases[i] ?? "";
            var entry = $"{CrisisHelpOptions.Section}:DangerPhrases:{i}";
            checks.Require(entry, "the phrase", phrase, DangerPhrases.PhraseMaxLength);
        }
        return checks.Result();
    }

    private static void CheckLine(ResourceChecks checks, string entry, HelpLine line)
    {
        checks.Require(entry, "Name", line.Name);
        checks.Phone(entry, line.Phone);
        checks.Text(entry, "TextLine", line.TextLine, 100);
        checks.Web(entry, line.Web, required: false);
        checks.Text(entry, "Hours", line.Hours, 60);
    }
}
