namespace Forum.Web.Safety;

/// <summary>Checked once at start-up (ValidateOnStart), like <see cref="CrisisLinesValidation"/>.</summary>
internal sealed class CrisisHelpValidation : IValidateOptions<CrisisHelpOptions>
{
    public ValidateOptionsResult Validate(string? name, CrisisHelpOptions options)
    {
        var checks = new ResourceChecks();
        for (var i = 0; i < options.DangerPhrases.Count; i++)
        {
            var phrase = options.DangerPhrases[i] ?? "";
            var entry = $"{CrisisHelpOptions.Section}:DangerPhrases:{i}";
            checks.Require(entry, "the phrase", phrase, DangerPhrases.PhraseMaxLength);
        }
        return checks.Result();
    }
}
