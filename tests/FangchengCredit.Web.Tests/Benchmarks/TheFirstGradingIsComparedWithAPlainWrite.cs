using System.Globalization;
using System.Net.Http.Json;
using System.Text.Json;
using FangchengCredit.Web.Features.Baselines;
using FangchengCredit.Web.Tests.Credit;
using FangchengCredit.Web.Tests.Foundation;
using FangchengCredit.Web.Tests.Infrastructure;
using Microsoft.EntityFrameworkCore;
using static FangchengCredit.Web.Tests.Credit.CreditTestData;

namespace FangchengCredit.Web.Tests.Benchmarks;

/// <summary>
/// A first grading writes a grade and a history line per enterprise, so its raw baseline is the plain read and a plain write of
/// the same rows (decision 0019): the write rewrites every stored grade and history line in a transaction it rolls back.
/// </summary>
public sealed class TheFirstGradingIsComparedWithAPlainWrite(BaselinesPortalFactory factory) : IClassFixture<BaselinesPortalFactory>
{
    [Fact]
    public Task The_plain_write_rewrites_what_the_first_grading_wrote_and_leaves_it_as_it_was() => RewritesAndLeavesAsItWas(factory);

    [SkippableFact]
    public async Task The_same_on_PostgreSQL()
    {
        var server = Requirements.PostgresConnectionOrSkip();
        await using var database = await PostgresDatabase.CreateAsync(server);
        using var postgres = new BaselinesPortalFactory { PostgresConnectionString = database.ConnectionString };
        await RewritesAndLeavesAsItWas(postgres);
    }

    [Fact]
    public async Task Without_being_asked_the_regrade_baseline_writes_nothing()
    {
        using var client = await factory.SignedInAsync(PortalClient.Staff);

        var result = await (await client.PostAsync("/baselines/regrade", null)).Content.ReadFromJsonAsync<JsonElement>();

        Assert.Equal(JsonValueKind.Null, result.GetProperty("rawWriteMs").ValueKind);
        Assert.Equal(JsonValueKind.Null, result.GetProperty("ratioToReadAndWrite").ValueKind);
    }

    private static async Task RewritesAndLeavesAsItWas(BaselinesPortalFactory portal)
    {
        var enterprise = await portal.NewEnterpriseAsync();
        await portal.RecordPenaltyAsync(enterprise, Today.AddDays(-10));
        await portal.RecordAccidentAsync(enterprise, Today.AddDays(-5), deaths: 1);
        // A registry never graded: the regrade writes every grade and its first history line.
        await portal.WithDbAsync(async db => await db.CurrentCreditGrades.ExecuteDeleteAsync() + await db.CreditEvaluations.ExecuteDeleteAsync());
        var enterprises = await portal.WithDbAsync(db => db.Enterprises.CountAsync());
        using var client = await portal.SignedInAsync(PortalClient.Staff);

        var first = await (await client.PostAsync("/baselines/regrade?rawWrite=true", null)).Content.ReadFromJsonAsync<JsonElement>();

        Assert.Equal(enterprises, first.GetProperty("gradesChanged").GetInt32());
        Assert.Equal(2 * enterprises, first.GetProperty("rawWriteRows").GetInt64());
        Assert.True(first.GetProperty("rawWriteMs").GetDouble() > 0);
        Assert.Equal(
            first.GetProperty("regradeMs").GetDouble() / (first.GetProperty("rawReadMs").GetDouble() + first.GetProperty("rawWriteMs").GetDouble()),
            first.GetProperty("ratioToReadAndWrite").GetDouble(), 6);

        // Asked again (the job now writes nothing), every row comes back exactly as it was: the rewrite is rolled back.
        var before = await SnapshotAsync(portal);
        var again = await (await client.PostAsync("/baselines/regrade?rawWrite=true", null)).Content.ReadFromJsonAsync<JsonElement>();
        Assert.Equal(0, again.GetProperty("gradesChanged").GetInt32());
        Assert.Equal(2 * enterprises, again.GetProperty("rawWriteRows").GetInt64());
        Assert.Equal(before, await SnapshotAsync(portal));
    }

    /// <summary>Every column of every row of the tables the rewrite writes, as text, in key order.</summary>
    private static Task<List<string>> SnapshotAsync(BaselinesPortalFactory portal) => portal.WithDbAsync(async db =>
    {
        var rows = new List<string>();
        var connection = db.Database.GetDbConnection();
        await db.Database.OpenConnectionAsync();
        foreach (var (table, key) in RawGradeWrite.Tables)
        {
            await using var command = connection.CreateCommand();
            command.CommandText = $"SELECT * FROM \"{table}\" ORDER BY \"{key}\"";
            await using var reader = await command.ExecuteReaderAsync();
            while (await reader.ReadAsync())
                rows.Add(table + ": " + string.Join(" | ", Enumerable.Range(0, reader.FieldCount)
                    .Select(i => Convert.ToString(reader.GetValue(i), CultureInfo.InvariantCulture))));
        }
        Assert.NotEmpty(rows);
        return rows;
    });
}
