using System.Globalization;

namespace Forum.Domain.Safety.Risk;

/// <summary>
/// Logistic regression over a window's sentence embedding, with the nearest-neighbour margin of
/// <see cref="RiskNeighbours"/> added to its log-odds, trained offline on the four tuning parts of the evaluation set
/// and the sample forum's ordinary posts (<c>dotnet run --project Forum.Tools -- train-risk</c>) and shipped as the
/// embedded resources risk-classifier.txt (a bias, the five thresholds, the neighbours' weight, then one weight per
/// feature: the embedding's, then the post's context) and risk-neighbours.bin.
/// </summary>
internal sealed class RiskClassifier
{
    // The embedding alone: the patterns were written from the tuning posts, so a classifier shown their flags there leans
    // on them and learns little of how the words mean, which is what it is for where the patterns miss.
    public const int Size = 384;

    /// <summary>The embedding's features, then the post's <see cref="RiskContext"/>.</summary>
    public static int FeatureCount => Size + RiskContext.Count;

    public RiskClassifier(double bias, double possibleAt, double likelyAt, double confirmPossibleAt, double confirmLikelyAt, double[] weights,
        double confirmClearAt = 0)
        : this(bias, possibleAt, likelyAt, confirmPossibleAt, confirmLikelyAt, confirmClearAt, 0, weights, RiskNeighbours.None)
    {
    }

    public RiskClassifier(double bias, double possibleAt, double likelyAt, double confirmPossibleAt, double confirmLikelyAt,
        double confirmClearAt, double neighbourWeight, double[] weights, RiskNeighbours neighbours)
    {
        ConfirmClearAt = confirmClearAt;
        NeighbourWeight = neighbourWeight;
        Neighbours = neighbours;
        // An embedding's weights alone (a classifier without context, as tests build) read the context as weighing nothing.
        if (weights.Length == Size) weights = [.. weights, .. new double[RiskContext.Count]];
        if (weights.Length != FeatureCount) throw new ArgumentException($"{FeatureCount} weights expected, not {weights.Length}", nameof(weights));
        Bias = bias;
        PossibleAt = possibleAt;
        LikelyAt = likelyAt;
        ConfirmPossibleAt = confirmPossibleAt;
        ConfirmLikelyAt = confirmLikelyAt;
        Weights = weights;
    }

    public double Bias { get; }
    public double PossibleAt { get; }
    public double LikelyAt { get; }
    public double[] Weights { get; }

    /// <summary>How much the neighbours' margin adds to the log-odds (chosen leaving one writer out).</summary>
    public double NeighbourWeight { get; }

    public RiskNeighbours Neighbours { get; }

    /// <summary>What a pattern's Possible needs from the model to stand (below <see cref="PossibleAt"/>).</summary>
    public double ConfirmPossibleAt { get; }

    /// <summary>What a pattern's Likely needs from the model to stand: a low bar, cleared by all but posts the model is sure of.</summary>
    public double ConfirmLikelyAt { get; }

    /// <summary>
    /// What a clear sign needs from the model to stand (at most <see cref="ConfirmLikelyAt"/>, and low): the writer says
    /// it of themselves, now and plainly, and the patterns have already set aside the look-alikes (the past, someone
    /// else, jokes, quotations, thoughts pushed away). Round 4 let the model veto these, and it was swayed by a random
    /// word beside a short sentence.
    /// </summary>
    public double ConfirmClearAt { get; }

    /// <summary>The embedding and the post's context as they are: training standardises each feature and folds that into the weights it writes.</summary>
    public static double[] Features(float[] embedding, double[] context) => [.. embedding.Select(e => (double)e), .. context];

    /// <param name="context">The whole post's <see cref="RiskContext.Features"/>.</param>
    public double Probability(float[] embedding, double[] context)
    {
        var z = Bias + NeighbourWeight * Neighbours.Margin(embedding);
        for (var i = 0; i < Size; i++) z += Weights[i] * embedding[i];
        for (var i = 0; i < context.Length; i++) z += Weights[Size + i] * context[i];
        return 1 / (1 + Math.Exp(-z));
    }

    public RiskBand Band(double probability) =>
        probability >= LikelyAt ? RiskBand.Likely : probability >= PossibleAt ? RiskBand.Possible : RiskBand.None;

    /// <summary>
    /// The patterns' band and the model's highest window probability together. The model adds what the patterns miss,
    /// and sets aside a pattern's match only when it is nearly sure the post is safe: a recovery story, someone else's
    /// words, a question about helping (cross-validation on the tuning parts chose how sure).
    /// </summary>
    /// <param name="clear">Whether a Likely match of the patterns was a clear sign.</param>
    public RiskBand Combine(RiskBand patterns, bool clear, double probability) => Combine(patterns, clear, probability, Band(probability));

    /// <param name="model">The model's own band for <paramref name="probability"/>, as the detector allows it to stand alone.</param>
    public RiskBand Combine(RiskBand patterns, bool clear, double probability, RiskBand model)
    {
        var kept = patterns switch
        {
            RiskBand.Likely when probability >= (clear ? Math.Min(ConfirmClearAt, ConfirmLikelyAt) : ConfirmLikelyAt) => RiskBand.Likely,
            RiskBand.Possible when probability >= ConfirmPossibleAt => RiskBand.Possible,
            _ => RiskBand.None,
        };
        return kept > model ? kept : model;
    }

    public static RiskClassifier Shipped { get; } = Load();

    private static RiskClassifier Load()
    {
        var assembly = typeof(RiskClassifier).Assembly;
        using var stream = assembly.GetManifestResourceStream("risk-classifier.txt")
            ?? throw new InvalidOperationException("risk-classifier.txt is not embedded");
        using var neighbours = assembly.GetManifestResourceStream("risk-neighbours.bin")
            ?? throw new InvalidOperationException("risk-neighbours.bin is not embedded");
        using var reader = new StreamReader(stream);
        return Parse(reader.ReadToEnd(), RiskNeighbours.Read(neighbours));
    }

    public static RiskClassifier Parse(string text, RiskNeighbours neighbours)
    {
        var numbers = text.Split('\n', StringSplitOptions.TrimEntries | StringSplitOptions.RemoveEmptyEntries)
            .Where(line => !line.StartsWith('#'))
            .Select(line => double.Parse(line, CultureInfo.InvariantCulture))
            .ToArray();
        return new RiskClassifier(numbers[0], numbers[1], numbers[2], numbers[3], numbers[4], numbers[5], numbers[6], numbers[7..], neighbours);
    }

    public string Format(string comment) =>
        $"# {comment}\n" + string.Join('\n', new[] { Bias, PossibleAt, LikelyAt, ConfirmPossibleAt, ConfirmLikelyAt, ConfirmClearAt, NeighbourWeight }.Concat(Weights).Select(w => w.ToString("R", CultureInfo.InvariantCulture))) + "\n";
}
