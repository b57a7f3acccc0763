using Forum.Data.Reading;
using Forum.Domain.Pseudonyms;
using Forum.Domain.Validation;

namespace Forum.Web.ViewModels;

public sealed record ThreadViewModel(ThreadPage Page, ReplyDraft Draft, Pseudonym? WritingAs, string? PreviewHtml = null);
