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

if (args is ["growth"])
{
    Growth.Print();
    return;
}

if (args is ["risk"])
{
    RiskBenchmark.Run();
    return;
}

if (args is ["floor", var connectionString, var url])
{
    await Floor.RunAsync(connectionString, url);
    return;
}

BenchmarkSwitcher.FromAssembly(typeof(Program).Assembly).Run(args);
