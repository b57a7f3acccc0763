/// <summary>Outside any namespace, so NUnit runs it once before and after every test in the assembly.</summary>
[SetUpFixture]
public sealed class AssemblySetUp
{
    [OneTimeSetUp]
    public void MakeRoomForFixturesSideBySide()
    {
        // Fixtures run side by side (Parallelism.cs), each app sharing this process's thread pool, which on two cores
        // starts with two threads and grows slowly: a pool thread blocked in one app (the risk model loads under a
        // lock for seconds) would stall every other app and browser connection in the process meanwhile.
        ThreadPool.GetMinThreads(out var workers, out var io);
        ThreadPool.SetMinThreads(Math.Max(workers, 32), Math.Max(io, 32));
    }

    [OneTimeTearDown]
    public Task StopAsync() => TestPostgres.StopAsync();
}
