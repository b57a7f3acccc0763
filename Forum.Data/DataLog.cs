using Microsoft.Extensions.Logging;

namespace Forum.Data;

/// <summary>
/// Every message Forum.Data logs, source-generated with an event id (100-199). Versions and counts only: never post
/// text, a name or an address.
/// </summary>
internal static partial class DataLog
{
    [LoggerMessage(101, LogLevel.Information, "Applied migration {Version}")]
    public static partial void AppliedMigration(this ILogger logger, string version);

    [LoggerMessage(102, LogLevel.Information, "Re-folded {Count} pseudonym name keys")]
    public static partial void RefoldedNameKeys(this ILogger logger, int count);
}
