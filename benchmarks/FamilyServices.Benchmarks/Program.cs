using BenchmarkDotNet.Running;

// dotnet run -c Release --project benchmarks/FamilyServices.Benchmarks -- --filter '*' --job short
BenchmarkSwitcher.FromAssembly(typeof(Program).Assembly).Run(args);
