namespace Forum.Web.Identity;

/// <summary>
/// The pseudonyms this browser holds, and the one it writes as. The cookie holds each one's id and secret
/// (<see cref="PseudonymKeyring"/>); the database holds only the secrets' hashes. An entry that is forged, stale
/// (its pseudonym burned) or malformed is simply no pseudonym: reading goes on as before.
/// </summary>
public sealed class PseudonymSession(IHttpContextAccessor http, MeReader me, TimeProvider clock, PostingBudget budget)
{
    public const string CookieName = "forum_pseudonym";

    private PseudonymKeyring? _keyring;
    private List<Pseudonym>? _kept;
    private int? _unread;
    private Pseudonym? _minted;
    private RecoveryKey? _mintedKey;

    private HttpContext Context => http.HttpContext ?? throw new InvalidOperationException("No request in progress.");

    /// <summary>Every pseudonym this browser holds whose secret still matches, the current one first.</summary>
    public async Task<IReadOnlyList<Pseudonym>> KeptAsync(CancellationToken cancellationToken = default)
    {
        if (_kept is not null) return _kept;
        _keyring = PseudonymKeyring.Parse(Context.Request.Cookies[CookieName]);
        var ids = _keyring.Entries.Select(e => e.Id).ToList();
        if (ids.Count > 0 && DrawsAPage(Context.Request))
        {
            // The header's unread count comes with the pseudonyms: one query serves the session and every page's header.
            Keep(await me.WithUnreadCountsAsync(ids, cancellationToken));
        }
        else Keep(ids.Count > 0 ? (await me.KeptAsync(ids, cancellationToken)).ToDictionary(p => p.Id) : [], unread: null);
        return _kept!;
    }

    /// <summary>
    /// A page and the pseudonyms, read in one statement: <paramref name="read"/> is given the id this browser names first
    /// (not yet checked against its secret) and every id it names, and returns the page with the pseudonyms, or without
    /// them (null) when the page is not there. Only when the first name turns out not to be held (a forged or stale
    /// entry) is the page read again, by <paramref name="readAs"/>, as the reader this browser really is, and a
    /// request that has read the pseudonyms already, holds none or draws no page reads it that way too.
    /// </summary>
    public async Task<(T? Page, Pseudonym? Reader)> ReadWithKeptAsync<T>(
        Func<Guid, Guid[], Task<(T? Page, List<PseudonymWithUnread>? Kept)>> read, Func<Guid?, Task<T?>> readAs, CancellationToken cancellationToken)
        where T : class
    {
        if (_kept is null && _minted is null && DrawsAPage(Context.Request))
        {
            var keyring = PseudonymKeyring.Parse(Context.Request.Cookies[CookieName]);
            var ids = keyring.Entries.Select(e => e.Id).ToArray();
            if (ids.Length > 0)
            {
                var (page, kept) = await read(ids[0], ids);
                if (kept is not null)
                {
                    _keyring = keyring;
                    Keep(kept);
                    var reader = _kept!.FirstOrDefault();
                    return (reader?.Id == ids[0] ? page : await readAs(reader?.Id), reader);
                }
            }
        }
        var current = await CurrentAsync(cancellationToken);
        return (await readAs(current?.Id), current);
    }

    private void Keep(List<PseudonymWithUnread> counted) =>
        Keep(counted.ToDictionary(p => p.Pseudonym.Id, p => p.Pseudonym), counted.ToDictionary(p => p.Pseudonym.Id, p => p.Unread));

    /// <summary>The keyring's entries whose pseudonym was found and whose secret matches; the rest are let go.</summary>
    private void Keep(Dictionary<Guid, Pseudonym> found, Dictionary<Guid, int>? unread)
    {
        _kept = _keyring!.Entries
            .Where(e => found.TryGetValue(e.Id, out var p) && p.IsHeldBy(e.Secret))
            .Select(e => found[e.Id])
            .ToList();
        if (_keyring.Entries.Count == 0) _unread = 0;
        else if (unread is { Count: > 0 }) _unread = Math.Min(MeReader.UnreadCap + 1, _kept.Sum(p => unread[p.Id]));
        _keyring.KeepOnly(_kept.Select(p => p.Id).ToHashSet());
    }

    public async Task<Pseudonym?> CurrentAsync(CancellationToken cancellationToken = default) =>
        _minted ?? (await KeptAsync(cancellationToken)).FirstOrDefault();

    /// <summary>The kept pseudonym with this id, or null when this browser does not hold it.</summary>
    public async Task<Pseudonym?> KeptAsync(Guid id, CancellationToken cancellationToken = default) =>
        (await KeptAsync(cancellationToken)).FirstOrDefault(p => p.Id == id);

    /// <summary>New replies to the kept pseudonyms' stories, up to <see cref="MeReader.UnreadCap"/> + 1, read with them.</summary>
    public async Task<int> UnreadAsync(CancellationToken cancellationToken = default)
    {
        var kept = await KeptAsync(cancellationToken);
        // Not read with the pseudonyms on a write; a write that draws a page after all (its form again, with a note) counts now.
        return _unread ??= await me.UnreadCountAsync(kept.Select(p => p.Id).ToList(), cancellationToken);
    }

    /// <summary>A GET or HEAD draws a page with the header; anything else writes, and answers with a redirect unless something is wrong.</summary>
    private static bool DrawsAPage(HttpRequest request) => HttpMethods.IsGet(request.Method) || HttpMethods.IsHead(request.Method);

    public async Task<IReadOnlyList<Guid>> KeptIdsAsync(CancellationToken cancellationToken = default) =>
        (await KeptAsync(cancellationToken)).Select(p => p.Id).ToList();

    /// <summary>
    /// The current pseudonym, or a new one that is not saved yet: it is saved with the post that needs it, and
    /// the browser is given its cookie only once that save has succeeded (<see cref="RememberIfNew"/>). A new one
    /// is charged to the address's new-name budget here, so that no way of making a name escapes it.
    /// </summary>
    /// <exception cref="LimitReachedException">This address has made its names for now.</exception>
    public async Task<Pseudonym> CurrentOrNewAsync(CancellationToken cancellationToken = default)
    {
        if (await CurrentAsync(cancellationToken) is { } current) return current;
        await budget.ChargeNewNameAsync();
        // Recoverable like a chosen name: a private window forgets its cookie, and the key is the only way back.
        (_minted, _mintedKey) = Pseudonym.CreateRecoverable(PseudonymNameGenerator.Next(), clock.GetUtcNow());
        return _minted;
    }

    /// <summary>
    /// The name made for this request was never saved (the post was not there): the page must not say "writing as" a
    /// name nobody holds, and a random name on it would tell that answer apart from every other.
    /// </summary>
    public void ForgetUnsaved()
    {
        _minted = null;
        _mintedKey = null;
    }

    /// <returns>The pseudonym just given to this browser and its recovery key, to show once; null when it already had one.</returns>
    public MintedName? RememberIfNew()
    {
        if (_minted is null || _mintedKey is null) return null;
        budget.Keep();
        var minted = new MintedName(_minted, _mintedKey);
        Hold(_minted, _mintedKey.Secret());
        _minted = null;
        _mintedKey = null;
        return minted;
    }

    /// <summary>Whether this browser can take one more pseudonym (the cookie holds at most <see cref="PseudonymKeyring.MaxKept"/>).</summary>
    public async Task<bool> HasRoomAsync(CancellationToken cancellationToken = default)
    {
        await KeptAsync(cancellationToken);
        return !_keyring!.IsFull;
    }

    /// <summary>Keeps <paramref name="pseudonym"/> in this browser (saved already) and writes as it from now on.</summary>
    public void Hold(Pseudonym pseudonym, PseudonymSecret secret)
    {
        _keyring ??= PseudonymKeyring.Parse(Context.Request.Cookies[CookieName]);
        _keyring.PutFirst(pseudonym.Id, secret);
        _kept?.RemoveAll(p => p.Id == pseudonym.Id);
        _kept?.Insert(0, pseudonym);
        WriteCookie();
    }

    /// <returns>False when this browser does not hold <paramref name="id"/>.</returns>
    public async Task<bool> SwitchToAsync(Guid id, CancellationToken cancellationToken = default)
    {
        var kept = await KeptAsync(id, cancellationToken);
        if (kept is null || !_keyring!.MoveFirst(id)) return false;
        _kept!.Remove(kept);
        _kept.Insert(0, kept);
        WriteCookie();
        return true;
    }

    /// <summary>Lets go of a pseudonym that no longer exists (burned).</summary>
    public void Forget(Guid id)
    {
        _keyring ??= PseudonymKeyring.Parse(Context.Request.Cookies[CookieName]);
        _keyring.Remove(id);
        _kept?.RemoveAll(p => p.Id == id);
        WriteCookie();
    }

    private void WriteCookie() => KeptCookie.Write(Context, CookieName, _keyring!.ToString());
}
