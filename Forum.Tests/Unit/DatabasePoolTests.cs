using Forum.Web.Startup;
using Microsoft.Extensions.Configuration;
using Npgsql;

namespace Forum.Tests.Unit;

public sealed class DatabasePoolTests
{
    private static NpgsqlConnectionStringBuilder PagesPool(string connectionString) =>
        new(DatabasePool.ForPagesConnectionString(new ConfigurationBuilder()
            .AddInMemoryCollection(new Dictionary<string, string?> { ["ConnectionStrings:Forum"] = connectionString }).Build()));

    [Test]
    public void The_pages_pool_plans_each_prepared_statement_once_keeps_connections_unreset_and_prepares()
    {
        var pool = PagesPool("Host=db;Database=forum;Username=forum");

        pool.Options.ShouldBe($"{DatabasePool.PlanCacheOption} {DatabasePool.RandomPageCostOption}");
        pool.NoResetOnClose.ShouldBeTrue();
        pool.MaxAutoPrepare.ShouldBe(DatabasePool.MaxAutoPrepare);
        pool.MaxPoolSize.ShouldBe(DatabasePool.DefaultMaxPoolSize);
    }

    [Test]
    public void Other_server_options_in_the_connection_string_are_kept_beside_the_plan_setting()
    {
        PagesPool("Host=db;Database=forum;Options=-c statement_timeout=5000").Options
            .ShouldBe($"-c statement_timeout=5000 {DatabasePool.PlanCacheOption} {DatabasePool.RandomPageCostOption}");
    }

    [Test]
    public void A_plan_cache_mode_given_in_the_connection_string_wins()
    {
        PagesPool("Host=db;Database=forum;Options=-c plan_cache_mode=auto").Options.ShouldBe($"-c plan_cache_mode=auto {DatabasePool.RandomPageCostOption}");
        PagesPool("Host=db;Database=forum;Options=-c random_page_cost=4").Options.ShouldBe($"-c random_page_cost=4 {DatabasePool.PlanCacheOption}");
    }
}
