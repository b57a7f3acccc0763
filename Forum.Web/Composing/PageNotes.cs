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

/// <summary>A note as left: its English sentence and what fills its blanks, put into words where it is shown.</summary>
public sealed record PageNote(string Text, string[] Blanks);

/// <summary>
/// The one note a page shows once, after the redirect that follows a press or a post. Controllers leave it here and
/// only Views/Shared/_PageNote.cshtml takes it, so no view knows another controller's TempData key. A note is left
/// in English with its blanks filled in later: _PageNote puts it into the reader's language, the one place that does.
/// </summary>
public static class PageNotes
{
    private const string TextKey = "note";
    private const string KindKey = "note-kind";
    private const string BlanksKey = "note-blanks";

    /// <param name="text">The English sentence, a key of Resources/SharedText; {0}, {1}… for <paramref name="blanks"/>.</param>
    public static void LeaveNote(this Controller controller, PageNoteKind kind, string text, params string[] blanks)
    {
        controller.TempData[TextKey] = text;
        controller.TempData[KindKey] = kind.ToString();
        // Only a filled array: the cookie's serializer gives an empty one back as object[].
        if (blanks.Length > 0) controller.TempData[BlanksKey] = blanks;
        else controller.TempData.Remove(BlanksKey);
    }

    /// <summary>The note, if one of this kind came; read once, then gone. A note of another kind waits for its own slot.</summary>
    public static PageNote? Take(ITempDataDictionary tempData, PageNoteKind kind)
    {
        if (tempData.Peek(KindKey) as string != kind.ToString()) return null;
        tempData.Remove(KindKey);
        var blanks = tempData[BlanksKey] as string[] ?? [];
        return tempData[TextKey] is string text ? new PageNote(text, blanks) : null;
    }
}
