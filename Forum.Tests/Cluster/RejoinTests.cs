using System.Net;

namespace Forum.Tests.Cluster;

/// <summary>
/// After `scripts/cluster failover` the old primary is fenced: started plainly it comes up read-only, in recovery, not
/// as a second primary. `scripts/cluster rejoin` rewinds it with pg_rewind (it had taken a write the new primary never
/// saw, so a plain restart as a standby could not follow the new timeline) and makes it the new primary's standby:
/// replies written before and after reach it.
/// </summary>
[Category("Cluster")]
[NonParallelizable]
public sealed class RejoinTests
{
    [Test]
    public async Task After_a_failover_the_old_primary_is_fenced_and_rejoins_as_a_standby_of_the_new_one()
    {
        var cluster = await LoopbackCluster.UpAsync("RateLimits__Enabled=false");
        try
        {
            var writer = ClusterVisits.Visitor(new CookieContainer(), cluster.Balancer);
            var story = await ClusterVisits.PostStoryAsync(writer, "Replies across a failover and a rejoin");
            var replies = new List<long>();
            async Task ReplyAsync(string body)
            {
                HttpResponseMessage? posted = null;
                // Until the nodes have found the new primary a write, or the form's page before it, may meet the 503 page;
                // the writer opens the form and sends it again.
                await ClusterVisits.EventuallyAsync(async () =>
                {
                    try
                    {
                        posted = await writer.SubmitAsync(story, ClusterVisits.RepliesOf(story), new Dictionary<string, string> { ["Body"] = body });
                    }
                    catch (HttpRequestException refused) when (refused.StatusCode == HttpStatusCode.ServiceUnavailable)
                    {
                        return false;
                    }
                    return posted.StatusCode == HttpStatusCode.Redirect;
                }, $"the reply \"{body}\" is posted");
                replies.Add(long.Parse(posted!.Headers.Location!.OriginalString.Split("#reply-")[1]));
            }
            await ReplyAsync("Before the failover.");

            // The old primary takes a write the standby never receives: their histories fork at the failover.
            await cluster.OnServerAsync<object>(cluster.Primary, "CREATE TABLE forked (note text)");
            await ClusterVisits.EventuallyAsync(async () => await cluster.OnServerAsync<bool>(cluster.Standby,
                "SELECT EXISTS (SELECT FROM pg_tables WHERE tablename = 'forked')"), "the standby has the table");
            await cluster.OnServerAsync<object>(cluster.Standby, "ALTER SYSTEM SET primary_conninfo = ''");
            await cluster.OnServerAsync<bool>(cluster.Standby, "SELECT pg_reload_conf()");
            await ClusterVisits.EventuallyAsync(async () => await cluster.OnServerAsync<long>(cluster.Primary,
                "SELECT count(*) FROM pg_stat_replication") == 0, "the standby has stopped receiving");
            await cluster.OnServerAsync<object>(cluster.Primary, "INSERT INTO forked VALUES ('only the old primary has this')");

            await cluster.RunAsync("failover");
            await ReplyAsync("After the failover, on the new primary.");

            // Started plainly, as someone restarting a machine would: read-only, not a second primary.
            var (started, startOutput) = await cluster.ShellAsync(AsPostgres($"{PgBin()}/pg_ctl -D '{cluster.Folder}/pg-primary' -l '{cluster.Folder}/pg-logs/plain.log' -w -t 60 start"));
            started.ShouldBe(0, startOutput);
            // This test's own connections to it died with it.
            Npgsql.NpgsqlConnection.ClearAllPools();
            (await cluster.OnServerAsync<bool>(cluster.Primary, "SELECT pg_is_in_recovery()")).ShouldBeTrue("the fenced old primary came up in recovery");
            await Should.ThrowAsync<Npgsql.PostgresException>(() => cluster.OnServerAsync<object>(cluster.Primary, "INSERT INTO forked VALUES ('a second primary?')"));
            await ReplyAsync("With the old primary started plainly beside the new one.");

            var rejoined = await cluster.RunAsync("rejoin");
            Npgsql.NpgsqlConnection.ClearAllPools();
            rejoined.ShouldContain("is a standby of the standby server");
            await ReplyAsync("After the rejoin.");

            (await cluster.OnServerAsync<bool>(cluster.Primary, "SELECT pg_is_in_recovery()")).ShouldBeTrue();
            (await cluster.OnServerAsync<bool>(cluster.Standby, "SELECT pg_is_in_recovery()")).ShouldBeFalse();
            await ClusterVisits.EventuallyAsync(async () => await cluster.OnServerAsync<long>(cluster.Primary,
                $"SELECT count(*) FROM replies WHERE id IN ({string.Join(',', replies)})") == replies.Count,
                "every reply, before and after the failover and the rejoin, is on the rejoined standby");
            (await cluster.OnServerAsync<long>(cluster.Primary, "SELECT count(*) FROM forked")).ShouldBe(0,
                "the write only the old primary took was rewound away: the new primary never had it");
            (await cluster.RunAsync("status")).ShouldMatch(@"pg-primary \(\d+\): standby\s+pg-standby \(\d+\): primary");

            // Restarted plainly once rejoined, it is still a standby.
            var (restarted, restartOutput) = await cluster.ShellAsync(AsPostgres($"{PgBin()}/pg_ctl -D '{cluster.Folder}/pg-primary' -l '{cluster.Folder}/pg-logs/plain.log' -w -t 60 restart"));
            restarted.ShouldBe(0, restartOutput);
            Npgsql.NpgsqlConnection.ClearAllPools();
            (await cluster.OnServerAsync<bool>(cluster.Primary, "SELECT pg_is_in_recovery()")).ShouldBeTrue();
        }
        finally
        {
            await cluster.DownAsync();
        }
    }

    private static string PgBin() =>
        Directory.GetDirectories("/usr/lib/postgresql").OrderBy(v => int.Parse(Path.GetFileName(v), System.Globalization.CultureInfo.InvariantCulture)).Last() + "/bin";

    /// <summary>PostgreSQL refuses root: as root its programs run as `postgres`, as scripts/cluster runs them.</summary>
    private static string AsPostgres(string command) =>
        $"if [ \"$(id -u)\" = 0 ]; then runuser -u postgres -- {command}; else {command}; fi";
}
