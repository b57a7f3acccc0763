using System.Globalization;
using System.Text;
using System.Text.Encodings.Web;
using Microsoft.AspNetCore.Builder;
using Microsoft.AspNetCore.Hosting;
using Microsoft.AspNetCore.Http;
using Microsoft.Extensions.Logging;
using Npgsql;

namespace Forum.Benchmarks;

/// <summary>
/// The floor of issue 16: what this stack can serve for the forum's thread, home and room pages at best. A minimal
/// ASP.NET Core app reads the same tables with one raw Npgsql query per page (prepared, one pooled connection per
/// request) and writes the same content (stored HTML, names, dates, counts, a header and footer) with a string
/// builder: no MVC, no EF Core, no Razor, no antiforgery, no cookies. scripts/bench measures the forum against it.
/// Its pool is set as the forum's (Forum.Web's DatabasePool), and <c>?pad=N</c> pads a page to N bytes (the forum's page
/// for a named reader), so the two differ in the work of making a page, not in what the pool or the wire costs.
/// </summary>
public static class Floor
{
    public static async Task RunAsync(string connectionString, string url)
    {
        var builder = WebApplication.CreateSlimBuilder();
        builder.Logging.ClearProviders();
        builder.WebHost.UseUrls(url);
        var app = builder.Build();
        // DatabasePool.ForPagesConnectionString's settings, written out: that class is the web project's own.
        await using var source = NpgsqlDataSource.Create(new NpgsqlConnectionStringBuilder(connectionString)
        {
            NoResetOnClose = true, MaxAutoPrepare = 64, AutoPrepareMinUsages = 2,
            Options = "-c plan_cache_mode=force_generic_plan -c random_page_cost=1.1",
        }.ConnectionString);

        app.MapGet("/t/{id:long}", (long id, int? pad, HttpContext http) => PageAsync(http, source, StorySql, [id], WriteStory, pad));
        app.MapGet("/", (int? pad, HttpContext http) => PageAsync(http, source, HomeSql, [], WriteHome, pad));
        app.MapGet("/r/{room}", (string room, string? after, int? pad, HttpContext http) =>
        {
            var (at, before) = Cursor(after);
            return PageAsync(http, source, RoomSql, [room, at, before], WriteRoom, pad);
        });
        await app.RunAsync();
    }

    private const string StorySql = """
        SELECT t.title, t.body_html, t.created_at, t.reply_count, t.familiar_count, a.name,
               r.id, r.body_html, r.created_at, r.familiar_count, ra.name
        FROM threads t
        LEFT JOIN pseudonyms a ON a.id = t.author_id
        LEFT JOIN LATERAL (SELECT * FROM replies r WHERE r.thread_id = t.id AND r.held_at IS NULL ORDER BY r.id LIMIT 51) r ON true
        LEFT JOIN pseudonyms ra ON ra.id = r.author_id
        WHERE t.id = $1 AND t.is_public
        ORDER BY r.id
        """;

    private const string ListColumns = "t.id, t.slug, t.title, t.last_activity_at, t.reply_count, p.name";

    private const string HomeSql = $"""
        SELECT 0, rm.slug, rm.name, {ListColumns}
        FROM rooms rm
        LEFT JOIN LATERAL (SELECT * FROM threads t WHERE t.room_id = rm.id AND t.is_public AND t.deleted_at IS NULL
                           ORDER BY t.last_activity_at DESC, t.id DESC LIMIT 3) t ON true
        LEFT JOIN pseudonyms p ON p.id = t.author_id
        WHERE NOT rm.is_archived
        UNION ALL
        SELECT 1, '', '', {ListColumns}
        FROM (SELECT * FROM threads t WHERE t.is_public AND t.deleted_at IS NULL ORDER BY t.last_activity_at DESC, t.id DESC LIMIT 10) t
        LEFT JOIN pseudonyms p ON p.id = t.author_id
        """;

    private const string RoomSql = $"""
        WITH rm AS (SELECT id, slug, name FROM rooms WHERE slug = $1 AND NOT is_archived)
        SELECT 0, rm.slug, rm.name, {ListColumns}
        FROM rm JOIN threads t ON t.room_id = rm.id AND t.is_public AND t.deleted_at IS NULL AND t.is_pinned AND $3 = 9223372036854775807
        LEFT JOIN pseudonyms p ON p.id = t.author_id
        UNION ALL
        SELECT 1, rm.slug, rm.name, {ListColumns}
        FROM rm CROSS JOIN LATERAL (SELECT * FROM threads t WHERE t.room_id = rm.id AND t.is_public AND t.deleted_at IS NULL AND NOT t.is_pinned
                                    AND (t.last_activity_at, t.id) < ($2, $3)
                                    ORDER BY t.last_activity_at DESC, t.id DESC LIMIT 26) t
        LEFT JOIN pseudonyms p ON p.id = t.author_id
        """;

    private static (DateTimeOffset At, long Id) Cursor(string? after)
    {
        var dash = after?.IndexOf('-') ?? -1;
        if (after is null || dash <= 0) return (DateTimeOffset.MaxValue.ToUniversalTime(), long.MaxValue);
        var micros = long.Parse(after.AsSpan(0, dash), CultureInfo.InvariantCulture);
        return (DateTimeOffset.UnixEpoch.AddTicks(micros * 10), long.Parse(after.AsSpan(dash + 1), CultureInfo.InvariantCulture));
    }

    private static async Task PageAsync(
        HttpContext http, NpgsqlDataSource source, string sql, object[] parameters, Func<NpgsqlDataReader, StringBuilder, Task<bool>> write, int? pad)
    {
        await using var command = source.CreateCommand(sql);
        foreach (var value in parameters) command.Parameters.Add(new NpgsqlParameter { Value = value });
        await using var reader = await command.ExecuteReaderAsync(http.RequestAborted);
        var html = new StringBuilder(16_384);
        Header(html);
        if (!await write(reader, html))
        {
            http.Response.StatusCode = 404;
            return;
        }
        Footer(html);
        Pad(html, pad);
        http.Response.ContentType = "text/html; charset=utf-8";
        await http.Response.WriteAsync(html.ToString(), http.RequestAborted);
    }

    private static void Header(StringBuilder html) => html.Append("""
        <!DOCTYPE html><html lang="en"><head><meta charset="utf-8"><meta name="viewport" content="width=device-width, initial-scale=1">
        <title>Forum</title><link rel="stylesheet" href="/css/site.css"></head><body><header class="site-header"><div class="bar">
        <a class="brand" href="/">Forum</a><nav aria-label="Site"><a href="/search">Search</a> <a href="/help">Need help now?</a></nav></div></header><main id="main">
        """);

    /// <summary>A comment after the page, as long as makes the page <paramref name="pad"/> bytes of UTF-8 (when it is shorter).</summary>
    private static void Pad(StringBuilder html, int? pad)
    {
        const int Comment = 7; // "<!--" and "-->"
        var missing = (pad ?? 0) - Encoding.UTF8.GetByteCount(html.ToString()) - Comment;
        if (missing >= 0) html.Append("<!--").Append('.', missing).Append("-->");
    }

    private static void Footer(StringBuilder html) => html.Append("""
        </main><footer class="site-footer"><p>Peer support, not a crisis or medical service. <a href="/help">Find help near you</a>.</p></footer></body></html>
        """);

    private static string E(string? text) => HtmlEncoder.Default.Encode(text ?? "a former member");

    private static string When(DateTime at) => at.ToString("yyyy-MM-dd HH:mm", CultureInfo.InvariantCulture);

    private static async Task<bool> WriteStory(NpgsqlDataReader row, StringBuilder html)
    {
        var first = true;
        while (await row.ReadAsync())
        {
            if (first)
            {
                html.Append("<article class=\"story\"><h1>").Append(E(row.GetString(0))).Append("</h1><p class=\"meta\">by <strong>")
                    .Append(E(row.IsDBNull(5) ? null : row.GetString(5))).Append("</strong> · <time>").Append(When(row.GetDateTime(2)))
                    .Append("</time></p><div class=\"post-body\">").Append(row.GetString(1)).Append("</div><p>")
                    .Append(row.GetInt32(4)).Append(" found this familiar</p></article><section class=\"replies\"><h2>")
                    .Append(row.GetInt32(3)).Append(" replies</h2>");
                first = false;
            }
            if (row.IsDBNull(6)) continue;
            html.Append("<article class=\"reply\" id=\"reply-").Append(row.GetInt64(6)).Append("\"><p class=\"meta\"><strong>")
                .Append(E(row.IsDBNull(10) ? null : row.GetString(10))).Append("</strong> · <time>").Append(When(row.GetDateTime(8)))
                .Append("</time></p><div class=\"post-body\">").Append(row.GetString(7)).Append("</div><p>")
                .Append(row.GetInt32(9)).Append(" found this familiar</p></article>");
        }
        html.Append("</section>");
        return !first;
    }

    private static void ListItem(NpgsqlDataReader row, StringBuilder html)
    {
        if (row.IsDBNull(3)) return;
        html.Append("<li><a href=\"/t/").Append(row.GetInt64(3)).Append('/').Append(row.GetString(4)).Append("\">").Append(E(row.GetString(5)))
            .Append("</a> <span class=\"meta\">").Append(E(row.IsDBNull(8) ? null : row.GetString(8))).Append(" · ")
            .Append(row.GetInt32(7)).Append(" replies · <time>").Append(When(row.GetDateTime(6))).Append("</time></span></li>");
    }

    private static async Task<bool> WriteHome(NpgsqlDataReader row, StringBuilder html)
    {
        string? room = null;
        var latest = false;
        html.Append("<h1>Rooms</h1><ul class=\"rooms\">");
        while (await row.ReadAsync())
        {
            if (row.GetInt32(0) == 1 && !latest)
            {
                html.Append("</ul></li></ul><h2>Latest</h2><ul class=\"threads\">");
                latest = true;
            }
            else if (!latest && row.GetString(1) != room)
            {
                if (room is not null) html.Append("</ul></li>");
                room = row.GetString(1);
                html.Append("<li><h2><a href=\"/r/").Append(room).Append("\">").Append(E(row.GetString(2))).Append("</a></h2><ul class=\"threads\">");
            }
            ListItem(row, html);
        }
        html.Append("</ul>");
        return true;
    }

    private static async Task<bool> WriteRoom(NpgsqlDataReader row, StringBuilder html)
    {
        var count = 0;
        html.Append("<ul class=\"threads\">");
        while (await row.ReadAsync())
        {
            if (count == 0) html.Append("<h1>").Append(E(row.GetString(2))).Append("</h1>");
            if (++count <= 25 + 20) ListItem(row, html);
        }
        html.Append("</ul><nav class=\"pager\"><a rel=\"next\" href=\"?after=\">Older stories</a></nav>");
        return count > 0;
    }
}
