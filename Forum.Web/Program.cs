using Forum.Web.Startup;
using Forum.Web.Verbs;

if (CommandLineVerbs.Unknown(args) is { } unknown)
{
    await Console.Error.WriteLineAsync(unknown);
    return 2;
}

var runningVerb = CommandLineVerbs.IsVerb(args.FirstOrDefault());
BackupVerb.KeepStandardOutputForTheFile(args);
var builder = WebApplication.CreateBuilder(runningVerb ? [] : args);
WebApplication app;
try
{
    await DatabaseConnection.ConfigureAsync(builder);
    builder.AddForumServices();
    app = builder.Build();
    if (!runningVerb)
    {
        app.RefuseBadSettings();
        app.CheckDependencies();
        await app.RequirePrimaryAsync();
    }
}
catch (StartupRefusal refusal)
{
    await Console.Error.WriteLineAsync(refusal.Message);
    return 1;
}

if (runningVerb)
    return await CommandLineVerbs.RunAsync(app, args);

await app.PrepareDatabaseAsync();
app.UseForumPipeline();
await app.RunAsync();
return 0;

/// <summary>Visible to WebApplicationFactory in the tests.</summary>
public partial class Program;
