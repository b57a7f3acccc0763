namespace Forum.Web.Identity;

/// <summary>
/// What the pseudonym cookie holds: the id and secret of each pseudonym this browser keeps, the one it writes
/// as first. About 77 characters each, so <see cref="MaxKept"/> of them stay far below the 4 KB a browser
/// allows a cookie. Anything that does not parse is left out, as if it had never been there.
/// </summary>
public sealed class PseudonymKeyring
{
    public const int MaxKept = 8;
    private const char Separator = '~';
    private const int MaxEntryLength = 100;

    private readonly List<(Guid Id, PseudonymSecret Secret)> _entries;

    private PseudonymKeyring(List<(Guid, PseudonymSecret)> entries) => _entries = entries;

    public static PseudonymKeyring Empty => new([]);

    public IReadOnlyList<(Guid Id, PseudonymSecret Secret)> Entries => _entries;

    public bool IsFull => _entries.Count >= MaxKept;

    public static PseudonymKeyring Parse(string? value)
    {
        var entries = new List<(Guid, PseudonymSecret)>();
        if (string.IsNullOrEmpty(value) || value.Length > MaxKept * (MaxEntryLength + 1)) return new(entries);
        foreach (var part in value.Split(Separator))
        {
            if (entries.Count == MaxKept) break;
            if (TryParseEntry(part, out var id, out var secret) && entries.All(e => e.Item1 != id)) entries.Add((id, secret));
        }
        return new(entries);
    }

    /// <summary>Puts <paramref name="id"/> first, adding it if it is new.</summary>
    public void PutFirst(Guid id, PseudonymSecret secret)
    {
        _entries.RemoveAll(e => e.Id == id);
        _entries.Insert(0, (id, secret));
        if (_entries.Count > MaxKept) _entries.RemoveAt(_entries.Count - 1);
    }

    public bool MoveFirst(Guid id)
    {
        var index = _entries.FindIndex(e => e.Id == id);
        if (index < 0) return false;
        var entry = _entries[index];
        _entries.RemoveAt(index);
        _entries.Insert(0, entry);
        return true;
    }

    public void Remove(Guid id) => _entries.RemoveAll(e => e.Id == id);

    /// <summary>Keeps only the entries that still open a pseudonym, in their order.</summary>
    public void KeepOnly(IReadOnlySet<Guid> valid) => _entries.RemoveAll(e => !valid.Contains(e.Id));

    public override string ToString() => string.Join(Separator, _entries.Select(e => $"{e.Id:N}.{e.Secret}"));

    private static bool TryParseEntry(string value, out Guid id, out PseudonymSecret secret)
    {
        id = Guid.Empty;
        secret = null!;
        if (value.Length is 0 or > MaxEntryLength) return false;
        var dot = value.IndexOf('.');
        return dot > 0
               && Guid.TryParseExact(value[..dot], "N", out id)
               && PseudonymSecret.TryParse(value[(dot + 1)..], out secret);
    }
}
