namespace Forum.Web.Resources;

/// <summary>
/// The one resource set every page, message and notice reads its words from, through
/// <c>IStringLocalizer&lt;SharedText&gt;</c> (injected into every view as <c>T</c>). The key is the English text
/// itself, so English needs no file and a missing translation shows the English rather than a blank. One file per
/// language (SharedText.es.resx, SharedText.ar.resx) rather than one per view: a translator sees every sentence
/// once, the same words are translated the same way on every page, and a test can tell when a file falls behind.
/// </summary>
public sealed class SharedText;
