namespace Forum.Domain.Safety.Risk;

/// <summary>
/// Reads a post's words (title and body, or a reply) and answers how strongly they suggest the writer may be at
/// risk. Runs on this machine only: no words are sent anywhere, kept, or logged, whatever the answer.
/// One detector serves the composer, previews, replies and edits.
/// </summary>
public interface IRiskDetector
{
    /// <param name="texts">The fields a writer is about to publish, each read on its own (a title and a body).</param>
    RiskBand Assess(IReadOnlyList<string> texts);
}
