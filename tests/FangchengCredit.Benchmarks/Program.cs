using BenchmarkDotNet.Running;
using FangchengCredit.Benchmarks.Generation;
using FangchengCredit.Benchmarks.Scenarios;

// dotnet run -c Release --project tests/FangchengCredit.Benchmarks -- <command> …   (see docs/benchmarks.md)
var command = args.Length > 0 ? args[0] : "help";
switch (command)
{
    case "micro":
        BenchmarkSwitcher.FromAssembly(typeof(Program).Assembly).Run(args[1..]);
        return 0;
    case "generate":
        await DataGenerator.GenerateAsync(GeneratorOptions.Parse(args[1..]), Console.Out);
        return 0;
    case "xlsx":
        // xlsx <path> <count> <seed>: an import workbook of new enterprises (the import template's columns).
        ImportWorkbook.Write(args[1], int.Parse(args[2], System.Globalization.CultureInfo.InvariantCulture), int.Parse(args[3], System.Globalization.CultureInfo.InvariantCulture));
        return 0;
    default:
        Console.WriteLine("""
            FangchengCredit benchmarks
              micro [BenchmarkDotNet args]   grading policy and identifier validation micro-benchmarks (time and allocations)
              generate --provider sqlite|postgresql|sqlserver --connection "…" --enterprises N --records M [--seed S] [--today yyyy-MM-dd]
                                             deterministic data set through the real schema (bulk ADO.NET, not audited)
              xlsx <file> <count> <seed>     an enterprise import workbook of <count> new enterprises
            """);
        return command == "help" ? 0 : 2;
}
