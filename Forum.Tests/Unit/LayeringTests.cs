using Forum.Domain.Stories;

namespace Forum.Tests.Unit;

/// <summary>The domain knows nothing of EF Core or HTTP (the rule eShop's Ordering.Domain keeps through its project file).</summary>
[Category("Unit")]
public sealed class LayeringTests
{
    [Test]
    public void The_domain_references_neither_ef_core_nor_asp_net_core()
    {
        var references = typeof(Story).Assembly.GetReferencedAssemblies().Select(a => a.Name!).ToList();
        references.ShouldNotContain(name => name.StartsWith("Microsoft.EntityFrameworkCore"));
        references.ShouldNotContain(name => name.StartsWith("Microsoft.AspNetCore"));
        references.ShouldNotContain(name => name.StartsWith("Npgsql"));
    }
}
