using FangchengCredit.Data;

namespace FangchengCredit.Benchmarks.Generation;

/// <summary>What to generate and where. The same seed, sizes and <see cref="Today"/> give the same rows.</summary>
public sealed record GeneratorOptions
{
    public string Provider { get; init; } = DatabaseProviders.Sqlite;

    public required string ConnectionString { get; init; }

    public int Enterprises { get; init; } = 1_000;

    public int Records { get; init; } = 10_000;

    public int Seed { get; init; } = 1;

    /// <summary>Records fall in the three years up to this day (the bureau's today by default).</summary>
    public DateOnly Today { get; init; } = DateOnly.FromDateTime(DateTime.UtcNow.AddHours(8));

    public static GeneratorOptions Parse(string[] args)
    {
        ArgumentNullException.ThrowIfNull(args);
        string? provider = null, connection = null;
        int enterprises = 1_000, records = 10_000, seed = 1;
        DateOnly? today = null;
        for (var i = 0; i < args.Length; i++)
        {
            string Next() => i + 1 < args.Length ? args[++i] : throw new ArgumentException($"{args[i]} needs a value");
            switch (args[i])
            {
                case "--provider": provider = Next(); break;
                case "--connection": connection = Next(); break;
                case "--enterprises": enterprises = int.Parse(Next(), System.Globalization.CultureInfo.InvariantCulture); break;
                case "--records": records = int.Parse(Next(), System.Globalization.CultureInfo.InvariantCulture); break;
                case "--seed": seed = int.Parse(Next(), System.Globalization.CultureInfo.InvariantCulture); break;
                case "--today": today = DateOnly.Parse(Next(), System.Globalization.CultureInfo.InvariantCulture); break;
                default: throw new ArgumentException($"Unknown option {args[i]}");
            }
        }
        var options = new GeneratorOptions
        {
            Provider = DatabaseProviders.Normalise(provider),
            ConnectionString = connection ?? throw new ArgumentException("--connection is required"),
            Enterprises = enterprises,
            Records = records,
            Seed = seed,
        };
        return today is { } t ? options with { Today = t } : options;
    }
}
