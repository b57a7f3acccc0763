namespace Forum.Web.Safety;

/// <summary>One crisis line, as Safety/crisis-lines.json gives it: shown on /help, on the crisis pause and under a moderator's notice.</summary>
public sealed class HelpLine
{
    public string Name { get; set; } = "";
    /// <summary>A number to call, as people write it ("116 123", "*4141").</summary>
    public string Phone { get; set; } = "";
    /// <summary>The number to text, digits only; the number <see cref="Text"/> names.</summary>
    public string Sms { get; set; } = "";
    /// <summary>How to reach it by text message, in words ("Text SHOUT to 85258").</summary>
    public string Text { get; set; } = "";
    /// <summary>An https:// address.</summary>
    public string Web { get; set; } = "";
    public string Hours { get; set; } = "";
    /// <summary>The languages it answers in, as ISO 639-1 codes ("en", "es").</summary>
    public List<string> Languages { get; set; } = [];
    /// <summary>Where the entry was checked: an https:// address, so the next person to check it starts there.</summary>
    public string Source { get; set; } = "";
    /// <summary>The day it was last checked, yyyy-MM-dd.</summary>
    public string Checked { get; set; } = "";
}

/// <summary>A country's crisis lines and its emergency number.</summary>
public sealed class CrisisCountry
{
    /// <summary>ISO 3166-1 alpha-2, upper case: what Accept-Language's region and the reader's choice name.</summary>
    public string Code { get; set; } = "";
    public string Name { get; set; } = "";
    public string Emergency { get; set; } = "";
    public List<HelpLine> Lines { get; set; } = [];
}
