// Fixtures run side by side, tests within a fixture one after another (they share its app and database). Most of a
// run waits on PostgreSQL, Kestrel and Chromium; two at a time still keeps a busy two-core machine from stretching
// one page past its patience (with three, a cold start's first page passed three minutes at a load of 70).
// A fixture that must run alone says [NonParallelizable] and why (docs/TESTING.md, "Running side by side").
// `dotnet test -- NUnit.NumberOfTestWorkers=1` runs everything serially again.
[assembly: Parallelizable(ParallelScope.Fixtures)]
[assembly: LevelOfParallelism(2)]
