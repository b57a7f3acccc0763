using System.Globalization;
using System.Text;
using Microsoft.AspNetCore.Routing.Patterns;

namespace Forum.Web.Routing;

/// <summary>
/// One named route's path, written straight from its pattern: the links a page prints by the dozen (a story page of
/// twenty replies makes about sixty) cost the named story page 13 % of its CPU through <see cref="LinkGenerator"/>.
/// Only what can be written without the generator's judgement qualifies: literal segments, required parameters and
/// one optional parameter at the end, with the forum's own constraints. A value it can't vouch for (an unknown post
/// kind, a character that would need escaping, a type it doesn't know) makes <see cref="TryWrite"/> say no, and
/// the generator, which stays the authority, writes that link. RouteLinkTests hold the two to the same output.
/// </summary>
internal sealed class PathTemplate
{
    private readonly IReadOnlyList<object> _parts; // a literal string, or a Parameter
    private readonly HashSet<string> _parameterNames;
    private readonly bool _lowercasePath;
    private readonly bool _lowercaseQuery;

    private PathTemplate(IReadOnlyList<object> parts, bool lowercasePath, bool lowercaseQuery)
    {
        _parts = parts;
        _parameterNames = parts.OfType<Parameter>().Select(parameter => parameter.Name).ToHashSet(StringComparer.OrdinalIgnoreCase);
        _lowercasePath = lowercasePath;
        _lowercaseQuery = lowercaseQuery;
    }

    private sealed record Parameter(string Name, string? Constraint, bool IsOptional);

    /// <summary>Null when the pattern has anything this does not write exactly as the generator would.</summary>
    public static PathTemplate? From(RoutePattern pattern, RouteOptions options)
    {
        if (options.AppendTrailingSlash) return null;
        var parts = new List<object>();
        for (var i = 0; i < pattern.PathSegments.Count; i++)
        {
            var segment = pattern.PathSegments[i];
            if (segment.Parts.Count != 1) return null;
            switch (segment.Parts[0])
            {
                case RoutePatternLiteralPart literal when IsPlain(literal.Content):
                    parts.Add("/" + literal.Content);
                    break;
                case RoutePatternParameterPart parameter:
                    if (parameter.IsCatchAll || parameter.Default is not null || pattern.Defaults.ContainsKey(parameter.Name)) return null;
                    // An optional parameter anywhere but last would leave the generator to decide about the segments after it.
                    if (parameter.IsOptional && i != pattern.PathSegments.Count - 1) return null;
                    if (parameter.ParameterPolicies.Count > 1) return null;
                    var constraint = parameter.ParameterPolicies.Count == 1 ? parameter.ParameterPolicies[0].Content : null;
                    if (constraint is not (null or "long" or "guid" or PostKindRouteConstraint.Name or PluralPostKindRouteConstraint.Name)) return null;
                    parts.Add("/");
                    parts.Add(new Parameter(parameter.Name, constraint, parameter.IsOptional));
                    break;
                default:
                    return null;
            }
        }
        if (parts.Count == 0) parts.Add("/");
        return new PathTemplate(parts, options.LowercaseUrls, options.LowercaseQueryStrings);
    }

    public bool TryWrite(RouteValueDictionary values, string? fragment, out string path)
    {
        path = "";
        var builder = new StringBuilder(64);
        for (var i = 0; i < _parts.Count; i++)
        {
            if (_parts[i] is string literal)
            {
                // The slash before an optional parameter that has no value is left out, as the generator does.
                if (literal == "/" && i + 1 < _parts.Count && _parts[i + 1] is Parameter { IsOptional: true } optional
                    && values.GetValueOrDefault(optional.Name) is null)
                {
                    i++;
                    continue;
                }
                builder.Append(literal);
                continue;
            }
            var parameter = (Parameter)_parts[i];
            if (!TryFormat(values.GetValueOrDefault(parameter.Name), parameter.Constraint, out var text)) return false;
            builder.Append(text);
        }
        if (_lowercasePath) Lowercase(builder, 0);

        var first = true;
        foreach (var (key, value) in values)
        {
            if (value is null || _parameterNames.Contains(key)) continue;
            if (!IsPlain(key) || !TryFormat(value, constraint: null, out var text)) return false;
            var start = builder.Length;
            builder.Append(first ? '?' : '&').Append(key).Append('=').Append(text);
            if (_lowercaseQuery) Lowercase(builder, start);
            first = false;
        }
        if (fragment is not null) builder.Append('#').Append(fragment);
        path = builder.ToString();
        return true;
    }

    private static bool TryFormat(object? value, string? constraint, out string text)
    {
        text = value switch
        {
            long number when constraint is null or "long" => number.ToString(CultureInfo.InvariantCulture),
            int number when constraint is null or "long" => number.ToString(CultureInfo.InvariantCulture),
            Guid id when constraint is null or "guid" => id.ToString("D"),
            string word when constraint is PostKindRouteConstraint.Name => PostKindText.Codes.TryParse(word, out _) ? word : "",
            string word when constraint is PluralPostKindRouteConstraint.Name => PostKindSegment.TryParsePlural(word, out _) ? word : "",
            string word when constraint is null => IsPlain(word) ? word : "",
            _ => "",
        };
        return text.Length > 0;
    }

    /// <summary>Letters, digits and <c>-._~</c>: the characters no encoder changes, in a path or a query.</summary>
    private static bool IsPlain(string text)
    {
        if (text.Length == 0) return false;
        foreach (var c in text)
        {
            if (!(char.IsAsciiLetterOrDigit(c) || c is '-' or '.' or '_' or '~')) return false;
        }
        return true;
    }

    private static void Lowercase(StringBuilder builder, int from)
    {
        for (var i = from; i < builder.Length; i++) builder[i] = char.ToLowerInvariant(builder[i]);
    }
}
