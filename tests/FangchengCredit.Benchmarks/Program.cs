using BenchmarkDotNet.Running;

// dotnet run -c Release --project tests/FangchengCredit.Benchmarks -- micro [BenchmarkDotNet arguments, e.g. --filter *Grading*]
var command = args.Length > 0 ? args[0] : "help";
switch (command)
{
    case "micro":
        BenchmarkSwitcher.FromAssembly(typeof(Program).Assembly).Run(args[1..]);
        return 0;
    default:
        Console.WriteLine("""
            FangchengCredit benchmarks
              micro [BenchmarkDotNet args]   grading policy and identifier validation micro-benchmarks (time and allocations)
            """);
        return command == "help" ? 0 : 2;
}
