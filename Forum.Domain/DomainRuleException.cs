using System.Globalization;

namespace Forum.Domain;

/// <summary>
/// An action that the entity's rules refuse (replying to a locked thread, say). The message is written for
/// the person who tried it, so the web layer can show it as it is. Not an InvalidOperationException: that one
/// also means a programming mistake, and a catch meant for refusals must never swallow a bug.
/// </summary>
/// <remarks>
/// The message is English, and is the key to the reader's language (docs/LANGUAGES.md). A message with something
/// of this attempt in it (a length, a word) keeps its sentence in <see cref="Sentence"/> with <c>{0}</c> blanks and
/// the values in <see cref="Blanks"/>, so that the sentence can be found in the resource files and filled in there.
/// </remarks>
public sealed class DomainRuleException : Exception
{
    /// <param name="changedMeanwhile">
    /// The refusal comes from something that changed while the person was writing (a story closed as they replied),
    /// not from anything they did: the web layer answers 409 rather than 400, and keeps their words in front of them.
    /// </param>
    public DomainRuleException(string message, bool changedMeanwhile = false) : this(new RuleSentence(message), changedMeanwhile) { }

    public DomainRuleException(RuleSentence reason, bool changedMeanwhile = false) : base(reason.ToString())
    {
        Sentence = reason.Sentence;
        Blanks = reason.Blanks;
        ChangedMeanwhile = changedMeanwhile;
    }

    public bool ChangedMeanwhile { get; }

    public string Sentence { get; }

    public object[] Blanks { get; }
}

/// <summary>A reason in English with <c>{0}</c> blanks, and what goes in them.</summary>
public sealed record RuleSentence(string Sentence, params object[] Blanks)
{
    public override string ToString() => Blanks.Length == 0 ? Sentence : string.Format(CultureInfo.InvariantCulture, Sentence, Blanks);
}
