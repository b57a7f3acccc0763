using Microsoft.AspNetCore.Mvc.ViewFeatures;

namespace Forum.Web.Composing;

/// <summary>What a one-time note says about what just happened, which decides where on the page it stands.</summary>
public enum PageNoteKind
{
    /// <summary>Words are up (or a story followed): marked so drafts.js lets the kept draft go.</summary>
    Posted,

    /// <summary>A report was sent.</summary>
    Thanks,

    /// <summary>A moderator's action is done and logged.</summary>
    ModerationDone,

    /// <summary>A press made a name for this reader.</summary>
    NewName,
}

/// <summary>The place on a page where one kind of note may stand, and what stands there when no note came.</summary>
public sealed record PageNoteSlot(PageNoteKind Kind, string? Otherwise = null);

/// <summary>
/// The one note a page shows once, after the redirect that follows a press or a post. Controllers leave it here and
/// only Views/Shared/_PageNote.cshtml takes it, so no view knows another controller's TempData key.
/// </summary>
public static class PageNotes
{
    private const string TextKey = "note";
    private const string KindKey = "note-kind";

    public static void LeaveNote(this Controller controller, PageNoteKind kind, string text)
    {
        controller.TempData[TextKey] = text;
        controller.TempData[KindKey] = kind.ToString();
    }

    /// <summary>The note, if one of this kind came; read once, then gone. A note of another kind waits for its own slot.</summary>
    public static string? Take(ITempDataDictionary tempData, PageNoteKind kind)
    {
        if (tempData.Peek(KindKey) as string != kind.ToString()) return null;
        tempData.Remove(KindKey);
        return tempData[TextKey] as string;
    }
}
