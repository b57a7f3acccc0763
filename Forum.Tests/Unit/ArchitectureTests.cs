using System.Reflection;
using System.Text.RegularExpressions;
using Forum.Data;
using Microsoft.AspNetCore.Mvc;
using Microsoft.AspNetCore.Razor.Hosting;

namespace Forum.Tests.Unit;

/// <summary>
/// The web layer's boundaries (STYLE.md 13 and 15): views receive what they show, controllers never hold the
/// DbContext, and EF Core stays in the composition root. The domain's own boundary is in <see cref="LayeringTests"/>.
/// Each rule has an allow-list of today's known offenders, so the rule holds for everything new; an entry that no
/// longer offends fails the test too, so the lists only shrink.
/// </summary>
[Category("Unit")]
public sealed partial class ArchitectureTests
{
    private static readonly Assembly Web = typeof(Forum.Web.Routing.ForumLinks).Assembly;
    private static readonly Assembly Data = typeof(ForumDbContext).Assembly;

    /// <summary>Views that still @inject a Forum.Data type, with what they inject. Issue 12 moves these to view components or the view model.</summary>
    private static readonly Dictionary<string, string> ViewsInjectingData = new()
    {
    };

    /// <summary>Controller members that take the DbContext. Each wants a reader in Forum.Data.</summary>
    private static readonly HashSet<string> ControllersUsingDbContext =
    [
        // The admins' team list queries moderators directly; a ModeratorReader would own that projection.
        "ModerationController.Team",
    ];

    /// <summary>Files outside Startup/ that use EF Core's namespace, and why.</summary>
    private static readonly HashSet<string> EfCoreOutsideStartup =
    [
        // As above: the team list's query.
        "Forum.Web/Controllers/ModerationController.cs",
        // Moderator sign-in and lockout write through the DbContext; being reworked with the security stamp.
        "Forum.Web/Moderation/ModeratorAccounts.cs",
        // Data Protection's key table, in a context of its own so that Forum.Data stays free of ASP.NET Core.
        "Forum.Web/Infrastructure/DataProtectionKeysDbContext.cs",
        // The security stamp read on each moderator request; a Forum.Data moderator reader would own it.
        "Forum.Web/Moderation/ModeratorSessions.cs",
        // Sets search's statement_timeout on the request's connection; a SearchReader option would own it.
        "Forum.Web/Search/SearchCapacity.cs",
    ];

    [Test]
    public void No_view_injects_a_forum_data_type()
    {
        var found = CompiledViews()
            .SelectMany(view => view.Type.GetProperties(BindingFlags.Instance | BindingFlags.Public | BindingFlags.NonPublic)
                .Where(p => p.PropertyType.Assembly == Data && p.GetCustomAttributes().Any(a => a.GetType().Name == "RazorInjectAttribute"))
                .Select(p => (view.Path, Injected: p.PropertyType.Name)))
            .ToList();

        found.Where(f => ViewsInjectingData.GetValueOrDefault(f.Path) != f.Injected)
            .Select(f => $"{f.Path} injects {f.Injected}").ShouldBeEmpty("pass what a view shows in its model, or use a view component");
        ViewsInjectingData.Where(allowed => !found.Contains((allowed.Key, allowed.Value)))
            .Select(allowed => allowed.Key).ShouldBeEmpty("no longer injects a reader: take it off the allow-list");
    }

    [Test]
    public void No_controller_takes_the_db_context()
    {
        var found = Web.GetTypes()
            .Where(type => typeof(ControllerBase).IsAssignableFrom(type) && !type.IsAbstract)
            .SelectMany(DbContextUses)
            .ToList();

        found.Except(ControllersUsingDbContext).ShouldBeEmpty("controllers call a reader or writer from Forum.Data");
        ControllersUsingDbContext.Except(found).ShouldBeEmpty("no longer uses the DbContext: take it off the allow-list");
    }

    [Test]
    public void Ef_core_stays_in_the_composition_root()
    {
        var found = SourceTree.Files("Forum.Web", "*.cs").Concat(SourceTree.Files("Forum.Web", "*.cshtml"))
            .Select(SourceTree.Relative)
            .Where(path => !path.StartsWith("Forum.Web/Startup/", StringComparison.Ordinal))
            .Where(path => EfCoreNamespace().IsMatch(File.ReadAllText(Path.Combine(SourceTree.Root, path))))
            .ToList();

        found.Except(EfCoreOutsideStartup).ShouldBeEmpty("EF Core belongs in Forum.Data; Forum.Web composes it in Startup/");
        EfCoreOutsideStartup.Except(found).ShouldBeEmpty("no longer uses EF Core: take it off the allow-list");
    }

    /// <summary>URLs are generated from route names (ForumLinks, RedirectToRoute), never typed, so each is written once.</summary>
    [Test]
    public void Views_and_controllers_never_type_a_site_url()
    {
        var views = SourceTree.Files("Forum.Web/Views", "*.cshtml")
            .SelectMany(path => TypedUrlInView().Matches(File.ReadAllText(path)).Select(m => $"{SourceTree.Relative(path)}: {m.Value}"));
        var controllers = SourceTree.Files("Forum.Web/Controllers", "*.cs")
            .SelectMany(path => TypedRedirect().Matches(File.ReadAllText(path)).Select(m => $"{SourceTree.Relative(path)}: {m.Value}"));

        views.Concat(controllers).ShouldBeEmpty("use Links.… in views and RedirectToRoute(RouteNames.…) in controllers");
    }

    /// <summary>Forms and their checks live together in Forum.Web/Forms; the domain keeps its own rules in its entities.</summary>
    [Test]
    public void Validators_live_with_the_forms_in_the_web_layer()
    {
        var validators = Web.GetTypes().Concat(typeof(Forum.Domain.Stories.Post).Assembly.GetTypes())
            .Where(type => !type.IsAbstract && type.GetInterfaces().Any(i => i.IsGenericType && i.GetGenericTypeDefinition() == typeof(FluentValidation.IValidator<>)))
            .ToList();
        validators.ShouldNotBeEmpty();
        validators.Where(type => type.Namespace != "Forum.Web.Forms").Select(type => type.FullName).ShouldBeEmpty();
    }

    /// <summary>Every validator comes from DI by the type it checks, so each action obtains it the same way.</summary>
    [Test]
    public void Controllers_ask_for_validators_instead_of_making_them()
    {
        SourceTree.Files("Forum.Web/Controllers", "*.cs")
            .Where(path => NewValidator().IsMatch(File.ReadAllText(path)))
            .Select(SourceTree.Relative).ShouldBeEmpty("take IValidator<TDraft> as a [FromServices] parameter");
    }

    [Test]
    public void The_architecture_tests_find_the_compiled_views() =>
        CompiledViews().Select(view => view.Path).ShouldContain("/Views/Stories/Show.cshtml");

    private static IEnumerable<(string Path, Type Type)> CompiledViews() =>
        Web.GetCustomAttributes<RazorCompiledItemAttribute>().Select(item => (item.Identifier, item.Type));

    private static IEnumerable<string> DbContextUses(Type controller)
    {
        var constructorTakesIt = controller.GetConstructors().Any(c => c.GetParameters().Any(p => IsDbContext(p.ParameterType)));
        if (constructorTakesIt) yield return controller.Name;
        foreach (var method in controller.GetMethods(BindingFlags.Instance | BindingFlags.Public | BindingFlags.DeclaredOnly))
            if (method.GetParameters().Any(p => IsDbContext(p.ParameterType)))
                yield return $"{controller.Name}.{method.Name}";
    }

    private static bool IsDbContext(Type type) => typeof(ForumDbContext).IsAssignableFrom(type);

    [GeneratedRegex(@"\b(href|action)=""/[^""]*""")]
    private static partial Regex TypedUrlInView();

    [GeneratedRegex(@"\bRedirect(Permanent)?\(\$?""/")]
    private static partial Regex TypedRedirect();

    [GeneratedRegex(@"\bMicrosoft\.EntityFrameworkCore\b")]
    private static partial Regex EfCoreNamespace();

    [GeneratedRegex(@"new \w+Validator\(")]
    private static partial Regex NewValidator();
}
