namespace Forum.Web.ViewModels;

/// <summary>Which button sent a composer form: both share one form, so preview works without JavaScript.</summary>
public static class ComposeIntent
{
    public const string Post = "post";
    public const string Preview = "preview";
}
