using System.Globalization;
using Forum.Domain.Safety.Risk;
using Forum.TestTexts.RiskEvaluation;

namespace Forum.Tools;

/// <summary>
/// `dotnet run --project Forum.Tools -- train-risk [path]`: fits the risk classifier on the tuning parts of the
/// evaluation set and ordinary sample posts (the held-out part is never opened here) and writes its weights to
/// Forum.Domain/Safety/Risk/risk-classifier.txt. `train-risk --misses` also lists the tuning posts the patterns get
/// wrong, for whoever is improving them; `--cv-misses` the posts the whole detector gets wrong leaving each writer out;
/// `--no-context` fits on the embedding alone, as round 3 did, to compare; `--penalty=0.003` fits one penalty instead of
/// choosing among three; `--cache=file` keeps the embeddings between runs; `--patterns-only` stops after the patterns; `--worst=0.08` caps each writer's needless pauses
/// (10 % unless given).
/// </summary>
internal static class RiskTraining
{
    private static readonly double[] Penalties = [0.003, 0.01, 0.03];
    private static readonly double[] NeighbourWeights = [0, 25, 50, 100];
    private const double Target = 0.05;

    // No writer's ordinary posts paused more than twice the goal: round 4's fifth writer wrote mostly the hardest
    // ordinary posts (vivid past attempts, suicide loss, jokes), and no bar pauses only 5 % of those.
    // `--worst=0.08` caps every writer's needless pauses elsewhere (the issue's test allows 8 % on a held-out part).
    private static double _worstWriter = 2 * Target;

    public static int Run(string[] options)
    {
        _withoutContext = options.Contains("--no-context");
        if (options.FirstOrDefault(o => o.StartsWith("--worst=")) is { } worst) _worstWriter = double.Parse(worst["--worst=".Length..], CultureInfo.InvariantCulture);
        var parts = RiskEvaluationSet.TuningParts();
        var posts = parts.SelectMany(p => p).ToList();
        var detector = new RiskDetector([], useModel: false, null, new RiskClassifier(0, 2, 2, 2, 2, new double[RiskClassifier.Size]));
        var clearSigns = new bool[posts.Count];
        var patternBands = posts.Select((p, i) => detector.Assess([p.Text], RiskLayers.Patterns, out clearSigns[i])).ToArray();
        for (var k = 0; k < parts.Length; k++)
        {
            var offset = parts.Take(k).Sum(p => p.Count);
            Print($"  patterns on writer {k + 1}", parts[k], [.. Enumerable.Range(offset, parts[k].Count).Select(i => patternBands[i] != RiskBand.None)]);
            Print($"  clear signs on writer {k + 1}", parts[k], [.. Enumerable.Range(offset, parts[k].Count).Select(i => clearSigns[i])]);
        }
        Print("patterns", posts, patternBands.Select(b => b != RiskBand.None).ToArray());
        if (options.Contains("--misses"))
        {
            for (var i = 0; i < posts.Count; i++)
                if ((patternBands[i] != RiskBand.None) != posts[i].AtRisk || (posts[i].AtRisk && patternBands[i] == RiskBand.Likely && !clearSigns[i]))
                {
                    Console.WriteLine($"  {(posts[i].AtRisk ? patternBands[i] == RiskBand.None ? "missed" : "unclear" : "paused")}{(clearSigns[i] ? " clear" : "")} w{Array.FindIndex(parts, p => p.Contains(posts[i])) + 1} [{posts[i].Style}] {posts[i].Text}");
                    foreach (var (sentence, reading) in detector.Explain(posts[i].Text))
                        Console.WriteLine($"      {reading.Band}{(reading.Clear > 0 ? " clear" : "")}: {sentence}");
                }
        }
        if (options.Contains("--patterns-only")) return 0;

        // The windows the detector would read (a short post whole); a post without distress cues never reaches the model.
        var rows = new List<(double[] Features, bool AtRisk, int Post)>();
        var windowEmbeddings = new List<float[]>();
        var windows = posts.Select(p => detector.Read(p.Text).Windows).ToArray();
        var cache = options.FirstOrDefault(o => o.StartsWith("--cache="))?["--cache=".Length..];
        var embeddings = Embed([.. windows.SelectMany(w => w).Select(w => w.Text)], cache);
        for (var k = 0; k < parts.Length; k++)
        {
            var offset = parts.Take(k).Sum(p => p.Count);
            var unread = parts[k].Where((p, i) => p.AtRisk && windows[offset + i].Count == 0).Count();
            Console.WriteLine($"writer {k + 1}: {unread} of {parts[k].Count(p => p.AtRisk)} posts at risk never reach the model");
        }

        var e = 0;
        for (var i = 0; i < posts.Count; i++)
            foreach (var _ in windows[i])
            {
                windowEmbeddings.Add(embeddings[e]);
                rows.Add((RiskClassifier.Features(embeddings[e++], Context(posts[i].Text)), posts[i].AtRisk, i));
            }
        // The sample forum's stories and replies: ordinary posts here, tired, grieving, in recovery, that say "tonight" and
        // "tired" without risk. Every fold trains on them (post -1) and none is scored, so they teach without being counted.
        var ordinaryPosts = Sample.SampleStories.All.SelectMany(s => s.Replies.Select(r => r.Body).Prepend(s.Body)).Concat(RiskOrdinary.Posts)
            .SelectMany(t => detector.Read(t).Windows.Select(w => (Window: w.Text, Context: Context(t)))).ToArray();
        var ordinary = ordinaryPosts.Select(o => o.Window).ToArray();
        foreach (var (embedding, o) in Embed(ordinary, cache).Zip(ordinaryPosts))
        {
            windowEmbeddings.Add(embedding);
            rows.Add((RiskClassifier.Features(embedding, o.Context), false, -1));
        }
        Console.WriteLine($"{rows.Count} windows from {posts.Count} posts and {ordinary.Length} from the sample stories and RiskOrdinary");

        // Cross-validation leaving one writer out picks the penalty, the neighbours' weight and every threshold: none is
        // read off a post the fit saw, and each is scored as a writer the detector never learned from.
        var writer = parts.SelectMany((part, k) => part.Select(_ => k)).ToArray();
        int FoldOf(int row) => rows[row].Post < 0 ? -1 : writer[rows[row].Post];
        var best = (Penalty: 0.0, NeighbourWeight: 0.0, Score: double.MinValue, Probabilities: Array.Empty<double>());
        var margins = new double[rows.Count];
        for (var fold = 0; fold < parts.Length; fold++)
        {
            var training = Enumerable.Range(0, rows.Count).Where(r => FoldOf(r) != fold).ToArray();
            var neighbours = Neighbours(training, rows, windowEmbeddings);
            for (var r = 0; r < rows.Count; r++) if (FoldOf(r) == fold) margins[r] = neighbours.Margin(windowEmbeddings[r]);
        }
        var penalties = options.FirstOrDefault(o => o.StartsWith("--penalty=")) is { } given
            ? [double.Parse(given["--penalty=".Length..], CultureInfo.InvariantCulture)] : Penalties;
        foreach (var penalty in penalties)
        {
            var logOdds = new double[rows.Count];
            for (var fold = 0; fold < parts.Length; fold++)
            {
                var model = Fit([.. rows.Where((_, r) => FoldOf(r) != fold)], penalty);
                for (var r = 0; r < rows.Count; r++)
                    if (FoldOf(r) == fold) logOdds[r] = LogOdds(model, rows[r].Features);
            }
            foreach (var neighbourWeight in NeighbourWeights)
            {
                var probabilities = logOdds.Select((z, r) => 1 / (1 + Math.Exp(-(z + neighbourWeight * margins[r])))).ToArray();
                var scored = rows.Select((r, i) => (r, i)).Where(x => x.r.Post >= 0).ToArray();
                var auc = Auc([.. scored.Select(x => probabilities[x.i])], [.. scored.Select(x => x.r.AtRisk)]);
                Console.WriteLine($"penalty {penalty}, neighbours' weight {neighbourWeight}: AUC leaving one writer out {auc:F3}");
                if (auc > best.Score) best = (penalty, neighbourWeight, auc, probabilities);
            }
        }
        var postScore = Enumerable.Repeat(0.0, posts.Count).ToArray();
        for (var r = 0; r < rows.Count; r++)
            if (rows[r].Post >= 0) postScore[rows[r].Post] = Math.Max(postScore[rows[r].Post], best.Probabilities[r]);
        var thresholds = Thresholds(posts, writer, patternBands, clearSigns, postScore);
        var final = Fit(rows, best.Penalty);
        var allNeighbours = Neighbours([.. Enumerable.Range(0, rows.Count)], rows, windowEmbeddings);
        var classifier = new RiskClassifier(final[0], thresholds.PossibleAt, thresholds.LikelyAt, thresholds.ConfirmPossibleAt,
            thresholds.ConfirmLikelyAt, thresholds.ConfirmClearAt, best.NeighbourWeight, final[1..], allNeighbours);
        var cv = posts.Select((_, i) => classifier.Combine(patternBands[i], clearSigns[i], postScore[i]) != RiskBand.None).ToArray();
        // The bars that ship (chosen by hand in round 5), scored the same way: what a new writer would meet today.
        // Read from the file, not the embedded classifier: its weights may no longer fit the context's features.
        var bars = options.FirstOrDefault(o => o.StartsWith("--bars=")) is { } barsGiven
            ? barsGiven["--bars=".Length..].Split(',').Select(x => double.Parse(x, CultureInfo.InvariantCulture)).ToArray()
            : [.. File.ReadLines(Path.Combine("Forum.Domain", "Safety", "Risk", "risk-classifier.txt")).Where(l => !l.StartsWith('#')).Skip(1).Take(5)
                .Select(x => double.Parse(x, CultureInfo.InvariantCulture))];
        var shipped = new RiskClassifier(0, bars[0], bars[1], bars[2], bars[3], new double[RiskClassifier.Size], bars[4]);
        var atShipped = posts.Select((_, i) => shipped.Combine(patternBands[i], clearSigns[i], postScore[i]) != RiskBand.None).ToArray();
        bool AtShipped(int i) => atShipped[i];
        if (options.Contains("--cv-misses"))
            for (var i = 0; i < posts.Count; i++)
                if (cv[i] != posts[i].AtRisk || AtShipped(i) != posts[i].AtRisk)
                    Console.WriteLine($"  cv{(cv[i] != posts[i].AtRisk ? "" : " at shipped bars only")}{(AtShipped(i) != posts[i].AtRisk ? "" : " at chosen bars only")} {(posts[i].AtRisk ? "missed" : "paused")} w{writer[i] + 1} p={postScore[i]:F2} {patternBands[i]}{(clearSigns[i] ? " clear" : "")} [{posts[i].Style}] {posts[i].Text}");
        Print("model alone, leaving one writer out", posts, [.. postScore.Select(p => p >= thresholds.PossibleAt)]);
        Print("together, leaving one writer out", posts, cv);
        for (var w = 0; w < parts.Length; w++)
            Print($"  of which writer {w + 1}", parts[w], [.. cv.Where((_, i) => writer[i] == w)]);
        Console.WriteLine($"thresholds {thresholds}");
        Print($"together at the bars {string.Join(", ", bars)} (as shipped, or --bars=), leaving one writer out", posts, atShipped);
        for (var w = 0; w < parts.Length; w++)
            Print($"  of which writer {w + 1}", parts[w], [.. atShipped.Where((_, i) => writer[i] == w)]);

        var path = options.FirstOrDefault(o => !o.StartsWith("--")) ?? Path.Combine("Forum.Domain", "Safety", "Risk", "risk-classifier.txt");
        File.WriteAllText(path, classifier.Format(
            $"train-risk: logistic regression with nearest neighbours, penalty {best.Penalty.ToString(CultureInfo.InvariantCulture)}, {rows.Count} windows of {parts.Length} tuning parts and the sample stories and RiskOrdinary; " +
            $"bias, possible-at, likely-at, confirm-possible-at, confirm-likely-at, confirm-clear-at, neighbours' weight, then {RiskClassifier.Size} weights for the embedding and {RiskContext.Count} for the post's context"));
        using (var file = File.Create(Path.Combine(Path.GetDirectoryName(path) ?? ".", "risk-neighbours.bin"))) allNeighbours.Write(file);
        Console.WriteLine($"wrote {path} and risk-neighbours.bin ({allNeighbours.Count} windows): {thresholds}, neighbours' weight {best.NeighbourWeight}");
        return 0;
    }

    private static bool _withoutContext;

    // `--no-context` measures the classifier as round 3 had it: the embedding alone.
    private static double[] Context(string post) => _withoutContext ? new double[RiskContext.Count] : RiskContext.Features(post);

    /// <summary>
    /// The thresholds with the highest recall that pause at most 5 % (the goal) of every writer's ordinary posts, leaving
    /// one writer out so that each post is scored as a new writer's would be: the model's own bar, and the lower bars a
    /// pattern's Possible and Likely must clear. Every writer, not the average: a new writer may write like the one the
    /// patterns suit least, and round 3's first pick (5 % on average, 7 % on one writer) paused far more ordinary posts
    /// by a new writer than it had on any tuning part.
    /// </summary>
    private static (double PossibleAt, double LikelyAt, double ConfirmPossibleAt, double ConfirmLikelyAt, double ConfirmClearAt) Thresholds(
        IReadOnlyList<LabelledPost> posts, int[] writer, RiskBand[] bands, bool[] clear, double[] scores)
    {
        var grid = Enumerable.Range(1, 99).Select(i => i / 100.0).Concat([0.001, 0.003, 0.005, 0.0]).Order().ToArray();
        var writers = writer.Max() + 1;
        var safe = new int[writers];
        for (var i = 0; i < posts.Count; i++) if (!posts[i].AtRisk) safe[writer[i]]++;
        // Each post's kind of pattern reading (none, Possible, Likely, a clear sign) decides which bar it must clear; the
        // scores of each kind, writer and label sorted, so that counting what a bar pauses is a binary search.
        static int Kind(RiskBand band, bool clear) => band == RiskBand.Likely ? (clear ? 3 : 2) : band == RiskBand.Possible ? 1 : 0;
        var sorted = new double[4, writers, 2][];
        for (var k = 0; k < 4; k++)
            for (var w = 0; w < writers; w++)
                for (var l = 0; l < 2; l++)
                    sorted[k, w, l] = [.. Enumerable.Range(0, posts.Count).Where(i => Kind(bands[i], clear[i]) == k && writer[i] == w && (posts[i].AtRisk ? 1 : 0) == l).Select(i => scores[i]).Order()];
        int AtLeast(double[] s, double bar)
        {
            int lo = 0, hi = s.Length;
            while (lo < hi) { var mid = (lo + hi) / 2; if (s[mid] >= bar) hi = mid; else lo = mid + 1; }
            return s.Length - lo;
        }
        var found = (Recall: -1, At: (0.5, 0.5, 0.5, 0.5, 0.5));
        var paused = new int[writers];
        var bars = new double[4];
        foreach (var at in grid.Where(g => g >= 0.05))
            foreach (var confirmPossible in grid.Where(g => g <= at))
                foreach (var confirmLikely in grid.Where(g => g <= confirmPossible))
                    foreach (var confirmClear in ClearGrid.Where(g => g <= confirmLikely))
                    {
                        bars[0] = at; bars[1] = confirmPossible; bars[2] = confirmLikely; bars[3] = confirmClear;
                        var caught = 0;
                        Array.Clear(paused);
                        for (var k = 0; k < 4; k++)
                            for (var w = 0; w < writers; w++)
                            {
                                caught += AtLeast(sorted[k, w, 1], bars[k]);
                                paused[w] += AtLeast(sorted[k, w, 0], bars[k]);
                            }
                        if (caught > found.Recall && paused.Sum() <= Target * safe.Sum() && Enumerable.Range(0, writers).All(w => paused[w] <= _worstWriter * safe[w]))
                            found = (caught, (at, 1, confirmPossible, confirmLikely, confirmClear));
                    }
        var (possibleAt, _, cp, cl, cc) = found.At;
        // Likely from the model alone: above every safe post's cross-validated score.
        var likelyAt = Math.Min(0.99, Math.Max(possibleAt, posts.Select((p, i) => p.AtRisk ? 0 : scores[i]).Max() + 1e-6));
        return (possibleAt, likelyAt, cp, cl, cc);
    }

    // A clear sign is set aside only when the model is nearly sure the post is safe (round 4's one bar for every Likely
    // match rose to 0.62, and a random word beside "some nights I want to kill myself" fell under it).
    private static readonly double[] ClearGrid = [0, 0.001, 0.01, 0.02, 0.05, 0.1];

    /// <summary>The model's embeddings, kept in <paramref name="cache"/> (or a file in the temporary folder) between runs (training again after a pattern change re-reads only new windows).</summary>
    private static float[][] Embed(string[] texts, string? cache)
    {
        cache ??= Path.Combine(Path.GetTempPath(), "train-risk-embeddings.bin");
        var known = new Dictionary<string, float[]>(StringComparer.Ordinal);
        if (File.Exists(cache))
            using (var reader = new BinaryReader(File.OpenRead(cache)))
                while (reader.BaseStream.Position < reader.BaseStream.Length)
                {
                    var text = reader.ReadString();
                    known[text] = [.. Enumerable.Range(0, reader.ReadInt32()).Select(_ => reader.ReadSingle())];
                }
        var missing = texts.Where(t => !known.ContainsKey(t)).Distinct().ToArray();
        if (missing.Length > 0)
        {
            using var writer = new BinaryWriter(new FileStream(cache, FileMode.Append));
            // In batches of like length: one batch of thousands pads every window to the longest and takes gigabytes.
            foreach (var (text, embedding) in missing.OrderBy(t => t.Length).Chunk(32).SelectMany(batch => batch.Zip(RiskDetector.Embed(batch))))
            {
                known[text] = embedding;
                writer.Write(text);
                writer.Write(embedding.Length);
                foreach (var x in embedding) writer.Write(x);
            }
        }
        Console.WriteLine($"{missing.Length} of {texts.Length} windows embedded anew");
        return [.. texts.Select(t => known[t])];
    }

    private static void Print(string layer, IReadOnlyList<LabelledPost> posts, bool[] paused)
    {
        var risk = posts.Count(p => p.AtRisk);
        var caught = posts.Where((p, i) => p.AtRisk && paused[i]).Count();
        var falsePauses = posts.Where((p, i) => !p.AtRisk && paused[i]).Count();
        Console.WriteLine($"{layer}: recall {caught}/{risk} ({100.0 * caught / risk:F1} %), false pauses {falsePauses}/{posts.Count - risk} ({100.0 * falsePauses / (posts.Count - risk):F1} %)");
    }

    /// <summary>
    /// L2-penalised logistic regression by full-batch gradient descent on standardised features (the two models'
    /// embeddings differ in spread, and a shared penalty should weigh every feature alike), returned with the
    /// standardisation folded into the weights so that the detector multiplies raw embeddings; element 0 is the bias.
    /// </summary>
    internal static double[] Fit(List<(double[] Features, bool AtRisk, int Post)> rows, double penalty)
    {
        var size = rows[0].Features.Length;
        var mean = new double[size];
        var scale = new double[size];
        foreach (var (features, _, _) in rows) for (var j = 0; j < size; j++) mean[j] += features[j] / rows.Count;
        foreach (var (features, _, _) in rows) for (var j = 0; j < size; j++) scale[j] += (features[j] - mean[j]) * (features[j] - mean[j]) / rows.Count;
        for (var j = 0; j < size; j++) scale[j] = 0.5 / Math.Sqrt(scale[j] + 1e-12);
        var standardised = rows.Select(r => r.Features.Select((f, j) => (f - mean[j]) * scale[j]).ToArray()).ToArray();
        var atRisk = rows.Select(r => r.AtRisk ? 1.0 : 0.0).ToArray();
        var w = new double[size + 1];
        const double rate = 0.5;
        for (var iteration = 0; iteration < 1500; iteration++)
        {
            var gradient = new double[size + 1];
            for (var r = 0; r < standardised.Length; r++)
            {
                var features = standardised[r];
                var error = Probability(w, features) - atRisk[r];
                gradient[0] += error;
                for (var j = 0; j < size; j++) gradient[j + 1] += error * features[j];
            }
            w[0] -= rate * gradient[0] / rows.Count;
            for (var j = 1; j <= size; j++) w[j] -= rate * (gradient[j] / rows.Count + penalty * w[j]);
        }
        var folded = new double[size + 1];
        folded[0] = w[0];
        for (var j = 0; j < size; j++)
        {
            folded[j + 1] = w[j + 1] * scale[j];
            folded[0] -= w[j + 1] * scale[j] * mean[j];
        }
        return folded;
    }

    internal static double Probability(double[] w, double[] features) => 1 / (1 + Math.Exp(-LogOdds(w, features)));

    private static double LogOdds(double[] w, double[] features)
    {
        var z = w[0];
        for (var j = 0; j < features.Length; j++) z += w[j + 1] * features[j];
        return z;
    }

    private static RiskNeighbours Neighbours(int[] training, List<(double[] Features, bool AtRisk, int Post)> rows, List<float[]> embeddings) =>
        new([.. training.Where(r => rows[r].AtRisk).Select(r => embeddings[r])], [.. training.Where(r => !rows[r].AtRisk).Select(r => embeddings[r])]);

    internal static double Auc(double[] scores, bool[] positive)
    {
        var pos = scores.Where((_, i) => positive[i]).ToArray();
        var neg = scores.Where((_, i) => !positive[i]).ToArray();
        double wins = 0;
        foreach (var p in pos) foreach (var n in neg) wins += p > n ? 1 : p == n ? 0.5 : 0;
        return wins / Math.Max(1, pos.Length * neg.Length);
    }
}
