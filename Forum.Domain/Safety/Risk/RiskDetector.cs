using System.Text.RegularExpressions;

namespace Forum.Domain.Safety.Risk;

/// <summary>Which layers decide; the forum uses <see cref="Together"/>, the benchmark measures each.</summary>
internal enum RiskLayers
{
    Patterns,
    Model,
    Together,
}

/// <summary>A stretch of a post the model reads: a sentence with distress cues and its neighbours, or a short post whole.</summary>
internal sealed record RiskWindow(string Text, PatternReading Reading);

/// <summary>
/// The forum's risk detector: a look for cue words (<see cref="CueScan"/>), normalisation (<see cref="RiskText"/>),
/// patterns (<see cref="RiskPatterns"/>) and, wherever there are distress cues, a small classifier over a sentence
/// embedding (<see cref="RiskClassifier"/>) that adds what the patterns miss. It never blocks and keeps nothing: no words, no positions, no scores leave it except
/// the band. Without the model (switched off, or unable to load) the patterns alone decide.
/// </summary>
public sealed class RiskDetector : IRiskDetector
{
    private const int ShortPost = 600;
    private const int MinWordsForModelAlone = 8;
    private const int MaxWindows = 16;
    private const int MaxWindowWords = 80;

    private readonly RiskPatterns _patterns;
    private readonly bool _useModel;
    private readonly Action<Exception?>? _modelLoaded;
    private readonly RiskClassifier _classifier;

    /// <param name="extraPhrases">Phrases an operator adds; each is read as a clear sign wherever it stands.</param>
    /// <param name="useModel">False on small hosts: the patterns alone decide and the model is never loaded.</param>
    /// <param name="modelLoaded">Told once per process whether the model loaded (null) or why not.</param>
    public RiskDetector(IEnumerable<string> extraPhrases, bool useModel, Action<Exception?>? modelLoaded = null)
        : this(extraPhrases, useModel, modelLoaded, RiskClassifier.Shipped)
    {
    }

    internal RiskDetector(IEnumerable<string> extraPhrases, bool useModel, Action<Exception?>? modelLoaded, RiskClassifier classifier)
    {
        _patterns = new RiskPatterns(extraPhrases);
        _useModel = useModel;
        _modelLoaded = modelLoaded;
        _classifier = classifier;
    }

    public RiskModelStatus ModelStatus => _useModel ? SentenceEmbedder.Status : RiskModelStatus.Off;

    public RiskBand Assess(IReadOnlyList<string> texts) => Assess(texts, RiskLayers.Together);

    internal RiskBand Assess(IReadOnlyList<string> texts, RiskLayers layers) => Assess(texts, layers, out _);

    /// <param name="clear">Whether the patterns found a clear sign (training reads it beside the band).</param>
    internal RiskBand Assess(IReadOnlyList<string> texts, RiskLayers layers, out bool clear)
    {
        // Spanish and Arabic sentences are read by their own patterns alone and never reach the model, which knows
        // English only; the English layers read what is left (docs/decisions/0007, round 6).
        var other = RiskLanguages.Read(texts);
        var band = AssessEnglish(other.English, layers, out clear);
        clear |= other.Clear;
        return layers == RiskLayers.Model || other.Band <= band ? band : other.Band;
    }

    private RiskBand AssessEnglish(IReadOnlyList<string> texts, RiskLayers layers, out bool clear)
    {
        for (var attempt = 1; ; attempt++)
        {
            try
            {
                return ReadEnglish(texts, layers, out clear);
            }
            catch (RegexMatchTimeoutException) when (attempt == 1)
            {
                // Once more: on a busy machine a first reading can lose its second to the scheduler or to compiling
                // the patterns, and a pause for that alone was a needless one (round 7).
            }
            catch (RegexMatchTimeoutException)
            {
                // Too strange to read in time: the crisis lines shown needlessly are harmless, missed are not.
                clear = false;
                return RiskBand.Likely;
            }
        }
    }

    private RiskBand ReadEnglish(IReadOnlyList<string> texts, RiskLayers layers, out bool clear)
    {
        clear = false;
        var windows = new List<RiskWindow>();
        var patternBand = RiskBand.None;
        foreach (var text in texts)
        {
            var (band, found, clearSign) = Read(text);
            if (band > patternBand) patternBand = band;
            clear |= clearSign;
            windows.AddRange(found);
        }
        if (layers == RiskLayers.Patterns) return patternBand;
        if (windows.Count == 0) return RiskBand.None;
        // A title alone says too little for the model ("Gone entirely", "Walked to the river"): it reads the fields
        // together, as a reader meets them.
        if (texts.Count > 1) windows = Read(string.Join(".\n", texts)).Windows;
        if (!_useModel || !SentenceEmbedder.TryLoad(_modelLoaded)) return layers == RiskLayers.Together ? patternBand : RiskBand.None;
        if (ModelProbability(windows, string.Join(".\n", texts)) is not { } probability) return layers == RiskLayers.Together ? patternBand : RiskBand.None;
        var model = _classifier.Band(probability);
        if (patternBand == RiskBand.None)
        {
            // Alone, the model needs a few sentences' worth of words to go on, and its reading is "some signs" at
            // most: clear signs are words that say so. Short ordinary lines ("I'm here, and I'm listening") were
            // what it paused on needlessly.
            if (Words(texts) < MinWordsForModelAlone) return RiskBand.None;
            if (model > RiskBand.Possible) model = RiskBand.Possible;
        }
        return layers == RiskLayers.Together ? _classifier.Combine(patternBand, clear, probability, model) : model;
    }

    /// <summary>
    /// The model's reading, or null when it failed on these words: like a model that could not load, the patterns
    /// then decide, and the writer's post goes on (their words are never lost to an error here).
    /// </summary>
    private double? ModelProbability(IReadOnlyList<RiskWindow> windows, string post)
    {
        try
        {
            return Probabilities(windows, RiskContext.Features(post)).Max();
        }
        catch (Exception e) when (e is not OutOfMemoryException)
        {
            return null;
        }
    }

    private static int Words(IReadOnlyList<string> texts) =>
        texts.Sum(text => text.Split((char[]?)null, StringSplitOptions.RemoveEmptyEntries).Length);

    /// <param name="context">The whole post's <see cref="RiskContext.Features"/>: every window is read in it.</param>
    internal double[] Probabilities(IReadOnlyList<RiskWindow> windows, double[] context)
    {
        var embeddings = SentenceEmbedder.Encode([.. windows.Select(w => w.Text)]);
        return [.. embeddings.Select(e => _classifier.Probability(e, context))];
    }

    internal static float[][] Embed(string[] texts) =>
        SentenceEmbedder.TryLoad(null) ? SentenceEmbedder.Encode(texts) : throw new InvalidOperationException("The model did not load");

    /// <summary>Each sentence with what the patterns read in it, for whoever tunes them (train-risk --misses).</summary>
    internal IEnumerable<(string Sentence, PatternReading Reading)> Explain(string text)
    {
        var sentences = RiskText.Sentences(text);
        return sentences.Select((s, i) => (s, _patterns.Read(s, i + 1 < sentences.Count ? sentences[i + 1] : null))).Where(x => x.Item2.Band != RiskBand.None);
    }

    /// <summary>
    /// The band the patterns give a text, the windows with distress cues the model would read, and whether a Likely match
    /// was a clear sign (the writer's own, now, said plainly), which stands with less from the model.
    /// </summary>
    internal (RiskBand Band, List<RiskWindow> Windows, bool Clear) Read(string text)
    {
        if (!_patterns.Scan.MayHaveCue(text)) return (RiskBand.None, [], false);
        var sentences = RiskText.Sentences(text);
        var readings = sentences.Select((s, i) => _patterns.Read(s, i + 1 < sentences.Count ? sentences[i + 1] : null)).ToArray();
        var band = readings.Length == 0 ? RiskBand.None : readings.Max(r => r.Band);
        var clear = readings.Any(r => r.Band == RiskBand.Likely && r.Clear > 0);
        var windows = new List<RiskWindow>();
        if (!readings.Any(r => r.Cue)) return (band, windows, clear);
        if (text.Length <= ShortPost)
        {
            windows.Add(new RiskWindow(string.Join(". ", sentences), readings.Aggregate(PatternReading.Nothing, (a, r) => a.Join(r))));
            return (band, windows, clear);
        }
        var seen = new HashSet<string>(StringComparer.Ordinal);
        var cues = Enumerable.Range(0, readings.Length).Where(i => readings[i].Cue)
            .OrderByDescending(i => readings[i].Likely + readings[i].Possible).ThenBy(i => i);
        foreach (var i in cues)
        {
            var from = Math.Max(0, i - 1);
            var to = Math.Min(sentences.Count - 1, i + 1);
            var words = string.Join(". ", sentences.Skip(from).Take(to - from + 1)).Split(' ');
            var window = string.Join(' ', words.Take(MaxWindowWords));
            if (!seen.Add(window)) continue;
            var reading = readings.Skip(from).Take(to - from + 1).Aggregate(PatternReading.Nothing, (a, r) => a.Join(r));
            windows.Add(new RiskWindow(window, reading));
            if (windows.Count == MaxWindows) break;
        }
        return (band, windows, clear);
    }
}
