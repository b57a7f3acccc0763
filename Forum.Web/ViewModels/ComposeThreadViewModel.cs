using Forum.Data.Reading;
using Forum.Domain.Pseudonyms;
using Forum.Domain.Validation;

namespace Forum.Web.ViewModels;

/// <param name="WritingAs">Null when posting will make a new pseudonym; the form says so.</param>
public sealed record ComposeThreadViewModel(RoomSummary Room, ThreadDraft Draft, Pseudonym? WritingAs);
