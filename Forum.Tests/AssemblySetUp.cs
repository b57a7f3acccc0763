/// <summary>Outside any namespace, so NUnit runs it once after every test in the assembly.</summary>
[SetUpFixture]
public sealed class AssemblySetUp
{
    [OneTimeTearDown]
    public Task StopAsync() => TestPostgres.StopAsync();
}
