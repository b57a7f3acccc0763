using System.Globalization;

namespace Forum.Domain.Safety.Risk;

/// <summary>
/// Logistic regression over a window's sentence embedding, trained offline on the two tuning parts of the evaluation
/// set and the sample forum's ordinary posts (<c>dotnet run --project Forum.Tools -- train-risk</c>) and shipped as the
/// embedded resource risk-classifier.txt: a bias, the four thresholds, then one weight per feature.
/// </summary>
internal sealed class RiskClassifier
{
    public const int EmbeddingSize = 384;
    // The embedding alone: the patterns were written from the tuning posts, so a classifier shown their flags there leans
    // on them and learns little of how the words mean, which is what it is for where the patterns miss.
    public const int Size = EmbeddingSize;

    public RiskClassifier(double bias, double possibleAt, double likelyAt, double confirmPossibleAt, double confirmLikelyAt, double[] weights)
    {
        if (weights.Length != Size) throw new ArgumentException($"{Size} weights expected, not {weights.Length}", nameof(weights));
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

    /// <summary>What a pattern's Possible needs from the model to stand (below <see cref="PossibleAt"/>).</summary>
    public double ConfirmPossibleAt { get; }

    /// <summary>What a pattern's Likely needs from the model to stand: a low bar, cleared by all but posts the model is sure of.</summary>
    public double ConfirmLikelyAt { get; }

    public static double[] Features(float[] embedding)
    {
        var features = new double[Size];
        // Unit-length embeddings have components near 0.05; scaled so that a penalty weighs them like the pattern flags.
        for (var i = 0; i < EmbeddingSize; i++) features[i] = embedding[i] * 10;
        return features;
    }

    public double Probability(double[] features)
    {
        var z = Bias;
        for (var i = 0; i < Size; i++) z += Weights[i] * features[i];
        return 1 / (1 + Math.Exp(-z));
    }

    public RiskBand Band(double probability) =>
        probability >= LikelyAt ? RiskBand.Likely : probability >= PossibleAt ? RiskBand.Possible : RiskBand.None;

    /// <summary>
    /// The patterns' band and the model's highest window probability together. The model adds what the patterns miss,
    /// and sets aside a pattern's match only when it is nearly sure the post is safe: a recovery story, someone else's
    /// words, a question about helping (cross-validation on the tuning parts chose how sure).
    /// </summary>
    public RiskBand Combine(RiskBand patterns, double probability) => Combine(patterns, probability, Band(probability));

    /// <param name="model">The model's own band for <paramref name="probability"/>, as the detector allows it to stand alone.</param>
    public RiskBand Combine(RiskBand patterns, double probability, RiskBand model)
    {
        var kept = patterns switch
        {
            RiskBand.Likely when probability >= ConfirmLikelyAt => RiskBand.Likely,
            RiskBand.Possible when probability >= ConfirmPossibleAt => RiskBand.Possible,
            _ => RiskBand.None,
        };
        return kept > model ? kept : model;
    }

    public static RiskClassifier Shipped { get; } = Load();

    private static RiskClassifier Load()
    {
        using var stream = typeof(RiskClassifier).Assembly.GetManifestResourceStream("risk-classifier.txt")
            ?? throw new InvalidOperationException("risk-classifier.txt is not embedded");
        using var reader = new StreamReader(stream);
        return Parse(reader.ReadToEnd());
    }

    public static RiskClassifier Parse(string text)
    {
        var numbers = text.Split('\n', StringSplitOptions.TrimEntries | StringSplitOptions.RemoveEmptyEntries)
            .Where(line => !line.StartsWith('#'))
            .Select(line => double.Parse(line, CultureInfo.InvariantCulture))
            .ToArray();
        return new RiskClassifier(numbers[0], numbers[1], numbers[2], numbers[3], numbers[4], numbers[5..]);
    }

    public string Format(string comment) =>
        $"# {comment}\n" + string.Join('\n', new[] { Bias, PossibleAt, LikelyAt, ConfirmPossibleAt, ConfirmLikelyAt }.Concat(Weights).Select(w => w.ToString("R", CultureInfo.InvariantCulture))) + "\n";
}
