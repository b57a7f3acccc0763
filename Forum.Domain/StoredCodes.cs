namespace Forum.Domain;

/// <summary>
/// One table of an enum's stored spellings and the words people read, written once per enum: the database's CHECK
/// lists, form values, URLs and labels all come from it. The codes are written out rather than derived from the
/// members' names, so renaming a member can never rename stored data.
/// </summary>
public sealed class StoredCodes<TEnum> where TEnum : struct, Enum
{
    private readonly (TEnum Value, string Code, string Label)[] _entries;
    private readonly string _what;

    /// <param name="what">What one value is, for the message when a stored code is unknown ("report category").</param>
    public StoredCodes(string what, params (TEnum Value, string Code, string Label)[] entries)
    {
        _what = what;
        _entries = entries;
        // A table that misses a member or spells two alike would fail on stored data much later; fail at start instead.
        if (Enum.GetValues<TEnum>().Any(value => entries.Count(e => e.Value.Equals(value)) != 1))
            throw new ArgumentException($"Every {typeof(TEnum).Name} needs exactly one row.", nameof(entries));
        if (entries.Select(e => e.Code).Distinct(StringComparer.Ordinal).Count() != entries.Length)
            throw new ArgumentException($"Two {typeof(TEnum).Name} rows share a code.", nameof(entries));
        All = entries.Select(e => e.Value).ToArray();
        Codes = entries.Select(e => e.Code).ToArray();
    }

    /// <summary>In the table's order, which is the order people see them in.</summary>
    public IReadOnlyList<TEnum> All { get; }

    public IReadOnlyList<string> Codes { get; }

    public string Of(TEnum value) => Row(value).Code;

    public string Label(TEnum value) => Row(value).Label;

    public bool TryParse(string? code, out TEnum value)
    {
        foreach (var entry in _entries)
        {
            if (!string.Equals(entry.Code, code, StringComparison.Ordinal)) continue;
            value = entry.Value;
            return true;
        }
        value = default;
        return false;
    }

    public TEnum Parse(string code) =>
        TryParse(code, out var value) ? value : throw new FormatException($"'{code}' is not a {_what}.");

    private (TEnum Value, string Code, string Label) Row(TEnum value)
    {
        foreach (var entry in _entries)
            if (entry.Value.Equals(value)) return entry;
        throw new ArgumentOutOfRangeException(nameof(value), value, null);
    }
}
