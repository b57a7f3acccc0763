using Forum.Web.Startup;
using Forum.Web.Verbs;

var builder = WebApplication.CreateBuilder(args.Where(a => !CommandLineVerbs.IsVerb(a)).ToArray());
await DatabaseConnection.ConfigureAsync(builder);
builder.AddForumServices();

var app = builder.Build();

if (CommandLineVerbs.IsVerb(args.FirstOrDefault()))
    return await CommandLineVerbs.RunAsync(app, args);

await app.PrepareDatabaseAsync();
app.UseForumPipeline();
await app.RunAsync();
return 0;

/// <summary>Visible to WebApplicationFactory in the tests.</summary>
public partial class Program;
