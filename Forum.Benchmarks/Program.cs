using BenchmarkDotNet.Running;
using Forum.Benchmarks;

if (args is ["sizes"])
{
    // Input lengths, for turning the mean times into KB/s.
    foreach (var name in new[] { "short post", "40k story", "10k adversarial", "40k adversarial" })
        Console.WriteLine($"{name}: {Inputs.Get(name).Length} chars");
    return;
}

if (args is ["interleaved"])
{
    InterleavedTimes.Print(["short post", "40k story", "10k adversarial", "40k adversarial"]);
    return;
}

if (args is ["render"])
{
    // One post from standard input, as Markdig alone writes it and as the site shows it: for looking, not timing.
    var post = Console.In.ReadToEnd();
    Console.WriteLine(Markdig.Markdown.ToHtml(post, Forum.Domain.Rendering.MarkdownPostRenderer.Pipeline));
    Console.WriteLine("----");
    Console.WriteLine(new Forum.Domain.Rendering.MarkdownPostRenderer().Render(post).Html);
    return;
}

if (args is ["growth", .. var shapes])
{
    Growth.Print(shapes);
    return;
}

if (args is ["sections", .. var sectionShapes])
{
    RenderSections.Print(sectionShapes);
    return;
}

if (args is ["anatomy", .. var anatomyShapes])
{
    SanitizerAnatomy.Print(anatomyShapes);
    return;
}

if (args is ["piece-size"])
{
    PieceSize.Print();
    return;
}

if (args is ["piece-budget", .. var budgetShapes])
{
    PieceBudget.Print(budgetShapes);
    return;
}

if (args is ["write-path"])
{
    WritePath.Run();
    return;
}

if (args is ["risk"] or ["risk", "--no-timing"] or ["risk", "--timing-only"])
{
    RiskBenchmark.Run(timing: args is not [_, "--no-timing"], evaluation: args is not [_, "--timing-only"]);
    return;
}

if (args is ["floor", var connectionString, var url])
{
    await Floor.RunAsync(connectionString, url);
    return;
}

BenchmarkSwitcher.FromAssembly(typeof(Program).Assembly).Run(args);
