namespace Forum.Web.Safety;

/// <summary>One crisis line on /help and on the private page a writer sees before publishing words of danger.</summary>
public sealed class HelpLine
{
    /// <summary>Where the line answers, as people say it ("United Kingdom and Ireland"); empty for the international directory.</summary>
    public string Country { get; set; } = "";
    public string Name { get; set; } = "";
    /// <summary>A number to call, as people write it ("116 123").</summary>
    public string Phone { get; set; } = "";
    /// <summary>How to reach it by text message, in words ("Text SHOUT to 85258").</summary>
    public string TextLine { get; set; } = "";
    /// <summary>An https:// address.</summary>
    public string Web { get; set; } = "";
    public string Hours { get; set; } = "";
}
