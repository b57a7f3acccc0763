// Fixtures run side by side, tests within a fixture one after another (they share its app and database). Most of a
// run is waiting on PostgreSQL, Kestrel and Chromium, so more workers than the two cores CI has still pay.
// A fixture that must run alone says [NonParallelizable] and why (docs/TESTING.md, "Running side by side").
// `dotnet test -- NUnit.NumberOfTestWorkers=1` runs everything serially again.
[assembly: Parallelizable(ParallelScope.Fixtures)]
[assembly: LevelOfParallelism(3)]
