extern alias bench;
using bench::FangchengCredit.Benchmarks.Generation;
using FangchengCredit.Domain.Identifiers;
using Microsoft.Data.Sqlite;

namespace FangchengCredit.Web.Tests.Benchmarks;

/// <summary>The benchmark data set: valid identifiers through the real schema, and the same rows for the same seed.</summary>
public sealed class TheBenchmarkGeneratorIsDeterministicAndValid : IDisposable
{
    private static readonly DateOnly Today = new(2026, 11, 27);
    private readonly List<string> _files = [];

    [Fact]
    public async Task The_same_seed_gives_the_same_rows_and_another_seed_other_rows()
    {
        var first = await GenerateAsync(seed: 1);
        var second = await GenerateAsync(seed: 1);
        var other = await GenerateAsync(seed: 2);

        Assert.Equal(Dump(first), Dump(second));
        Assert.NotEqual(Dump(first), Dump(other));
    }

    [Fact]
    public async Task Every_code_and_id_number_is_valid_and_unique_and_records_belong_to_enterprises()
    {
        var file = await GenerateAsync(seed: 3);
        using var connection = new SqliteConnection($"Data Source={file};Pooling=False");
        connection.Open();

        var codes = Column(connection, "SELECT \"Code\" FROM \"Enterprises\"");
        Assert.Equal(50, codes.Count);
        Assert.All(codes, c => Assert.Null(UnifiedSocialCreditCode.Validate(c)));
        Assert.Equal(codes.Count, codes.Distinct().Count());

        var ids = Column(connection, "SELECT \"IdNumber\" FROM \"People\"");
        Assert.All(ids, n => Assert.Null(ResidentIdNumber.Validate(n)));
        Assert.Equal(ids.Count, ids.Distinct().Count());

        Assert.Equal("400", Column(connection, "SELECT COUNT(*) FROM \"CreditRecords\"").Single());
        Assert.Equal("0", Column(connection,
            "SELECT COUNT(*) FROM \"CreditRecords\" r WHERE r.\"Kind\" = 0 AND NOT EXISTS (SELECT 1 FROM \"Accidents\" a WHERE a.\"Id\" = r.\"Id\")").Single());
        Assert.Equal("0", Column(connection,
            "SELECT COUNT(*) FROM \"CreditRecords\" r WHERE r.\"Kind\" = 1 AND NOT EXISTS (SELECT 1 FROM \"AdministrativePenalties\" p WHERE p.\"Id\" = r.\"Id\")").Single());
        Assert.Equal("0", Column(connection,
            $"SELECT COUNT(*) FROM \"CreditRecords\" WHERE \"Date\" > '{Today:yyyy-MM-dd}' OR \"Date\" < '{Today.AddYears(-3):yyyy-MM-dd}'").Single());
        // Every township and industry of the seeded reference lists is available to the generator; several are used.
        Assert.True(int.Parse(Column(connection, "SELECT COUNT(DISTINCT \"TownshipCode\") FROM \"Enterprises\"").Single(), System.Globalization.CultureInfo.InvariantCulture) > 3);
    }

    private async Task<string> GenerateAsync(int seed)
    {
        var file = Path.Combine(Path.GetTempPath(), $"fc-gen-{Guid.NewGuid():N}.db");
        _files.Add(file);
        await DataGenerator.GenerateAsync(new GeneratorOptions
        {
            ConnectionString = $"Data Source={file};Pooling=False", Enterprises = 50, Records = 400, Seed = seed, Today = Today,
        });
        return file;
    }

    private static string Dump(string file)
    {
        using var connection = new SqliteConnection($"Data Source={file};Pooling=False");
        connection.Open();
        return string.Join("\n",
            Column(connection, "SELECT \"Code\" || '|' || \"Name\" || '|' || \"TownshipCode\" || '|' || \"IndustryId\" || '|' || \"RiskLevel\" FROM \"Enterprises\" ORDER BY \"Id\"")
                .Concat(Column(connection, "SELECT \"Name\" || '|' || \"IdNumber\" FROM \"People\" ORDER BY \"Id\""))
                .Concat(Column(connection, "SELECT \"Kind\" || '|' || \"EnterpriseId\" || '|' || \"Date\" || '|' || \"Status\" FROM \"CreditRecords\" ORDER BY \"Id\"")));
    }

    private static List<string> Column(SqliteConnection connection, string sql)
    {
        using var command = connection.CreateCommand();
        command.CommandText = sql;
        using var reader = command.ExecuteReader();
        var values = new List<string>();
        while (reader.Read()) values.Add(Convert.ToString(reader.GetValue(0), System.Globalization.CultureInfo.InvariantCulture)!);
        return values;
    }

    public void Dispose()
    {
        SqliteConnection.ClearAllPools();
        foreach (var file in _files)
            foreach (var suffix in new[] { "", "-wal", "-shm" })
                try { File.Delete(file + suffix); } catch (IOException) { }
    }
}
