namespace Forum.Web.Forms;

public sealed class BurnDraftValidator : AbstractValidator<BurnDraft>
{
    public BurnDraftValidator()
    {
        RuleFor(d => d.Posts)
            .Must(posts => posts is BurnDraft.RemovePosts or BurnDraft.KeepPosts)
            .WithMessage("Choose what should happen to your posts: removed, or kept under “a former member”.");
        RuleFor(d => d.Confirm)
            .Equal(true)
            .WithMessage("Tick the box to confirm. Nothing has been deleted yet.");
    }
}
