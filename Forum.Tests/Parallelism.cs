// Fixtures may run side by side, tests within a fixture one after another (they share its app and database). One at
// a time by default: two at a time measured no faster on two cores (docs/TESTING.md, "Running side by side"), and a
// serial run has no neighbour to stretch a page past its patience. `dotnet test -- NUnit.NumberOfTestWorkers=2`
// runs two at a time; a fixture that must run alone says [NonParallelizable] and why.
[assembly: Parallelizable(ParallelScope.Fixtures)]
[assembly: LevelOfParallelism(1)]
