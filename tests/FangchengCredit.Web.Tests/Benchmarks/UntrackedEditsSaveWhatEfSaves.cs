using System.Data.Common;
using FangchengCredit.Data;
using FangchengCredit.Data.Auditing;
using FangchengCredit.Domain.Grading;
using FangchengCredit.Domain.Records;
using FangchengCredit.Web.Tests.Credit;
using FangchengCredit.Web.Tests.Foundation;
using FangchengCredit.Web.Tests.Infrastructure;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.DependencyInjection;
using static FangchengCredit.Web.Tests.Credit.CreditTestData;

namespace FangchengCredit.Web.Tests.Benchmarks;

/// <summary>
/// The daily job saves its expiries and changed grades as untracked edits, one statement per table (docs/benchmarks.md, round 7):
/// the same change made through EF's tracked save and as an untracked edit must store the same columns and the same audit entry, and
/// a row changed meanwhile must fail the whole save, leaving nothing behind.
/// </summary>
public sealed class UntrackedEditsSaveWhatEfSaves(CreditPortalFactory factory) : IClassFixture<CreditPortalFactory>
{
    [Fact]
    public Task An_expiry_and_a_new_grade_store_and_audit_as_a_tracked_save_does() => SameAsTrackedAsync(factory);

    [SkippableFact]
    public async Task On_PostgreSql_too()
    {
        var server = Requirements.PostgresConnectionOrSkip();
        await using var database = await PostgresDatabase.CreateAsync(server);
        using var postgres = new CreditPortalFactory { PostgresConnectionString = database.ConnectionString };
        await SameAsTrackedAsync(postgres);
    }

    [Fact]
    public async Task Where_there_is_no_set_based_path_EF_saves_the_same_edit()
    {
        var enterprise = await factory.NewEnterpriseAsync();
        var setBased = await factory.RecordPenaltyAsync(enterprise, Today.AddDays(-30));
        var throughEf = await factory.RecordPenaltyAsync(enterprise, Today.AddDays(-30));
        var before = await factory.WithDbAsync(db => db.AuditEntries.MaxAsync(e => e.Sequence));

        foreach (var (id, viaEf) in new[] { (setBased, false), (throughEf, true) })
        {
            using var scope = factory.Services.CreateScope();
            var db = scope.ServiceProvider.GetRequiredService<AppDbContext>();
            var edits = db.EditUntracked<CreditRecord>();
            edits.Watch(await db.CreditRecords.AsNoTracking().SingleAsync(r => r.Id == id)).ExpireIfSpent(Today.AddYears(10), Today.AddDays(-20));
            // SQL Server's path, taken here on SQLite: the entity attached with the watched values as its originals.
            Assert.Equal(1, viaEf ? await db.SaveUntrackedEditsThroughEfAsync([edits], default) : await db.SaveUntrackedEditsAsync([edits]));
            Assert.Empty(db.ChangeTracker.Entries<CreditRecord>());
        }

        var rows = await factory.WithDbAsync(db => RowAsync(db, "CreditRecords", "Id", setBased, throughEf));
        Assert.Equal(rows.First, rows.Second);
        var entries = await factory.WithDbAsync(db => db.AuditEntries.AsNoTracking().Where(e => e.Sequence > before).OrderBy(e => e.Sequence).ToListAsync());
        Assert.Equal(2, entries.Count);
        Assert.Equal(entries[0].Changes, entries[1].Changes);
        Assert.True((await factory.WithDbAsync(db => AuditChainVerifier.VerifyAsync(db))).IsIntact);
    }

    [Fact]
    public async Task A_record_changed_meanwhile_fails_the_save_and_nothing_is_written()
    {
        var enterprise = await factory.NewEnterpriseAsync();
        var first = await factory.RecordPenaltyAsync(enterprise, Today.AddDays(-30));
        var second = await factory.RecordPenaltyAsync(enterprise, Today.AddDays(-30));
        var before = await factory.WithDbAsync(db => db.AuditEntries.MaxAsync(e => e.Sequence));
        using var scope = factory.Services.CreateScope();
        var db = scope.ServiceProvider.GetRequiredService<AppDbContext>();
        var edits = db.EditUntracked<CreditRecord>();
        foreach (var record in await db.CreditRecords.AsNoTracking().Where(r => r.Id == first || r.Id == second).ToListAsync())
            edits.Watch(record).ExpireIfSpent(Today.AddYears(10), Today.AddDays(-20));

        // Someone voids the second record between the job's read and its write.
        await factory.WithDbAsync(async other =>
        {
            var record = await other.CreditRecords.SingleAsync(r => r.Id == second);
            record.Void("录入错误", "张三", DateTime.UtcNow);
            return await other.SaveChangesAsync();
        });

        await Assert.ThrowsAsync<DbUpdateConcurrencyException>(() => db.SaveUntrackedEditsAsync([edits]));
        Assert.Equal(CreditRecordStatus.Active, await factory.StatusOfAsync(first));
        Assert.Equal(CreditRecordStatus.Voided, await factory.StatusOfAsync(second));
        Assert.Equal(1, await factory.WithDbAsync(db => db.AuditEntries.CountAsync(e => e.Sequence > before)));
        Assert.True((await factory.WithDbAsync(db => AuditChainVerifier.VerifyAsync(db))).IsIntact);
    }

    [Fact]
    public async Task Watched_entities_left_unchanged_write_nothing()
    {
        var enterprise = await factory.NewEnterpriseAsync();
        var record = await factory.RecordPenaltyAsync(enterprise, Today.AddDays(-3));
        var before = await factory.WithDbAsync(db => db.AuditEntries.MaxAsync(e => e.Sequence));
        using var scope = factory.Services.CreateScope();
        var db = scope.ServiceProvider.GetRequiredService<AppDbContext>();
        var edits = db.EditUntracked<CreditRecord>();
        var loaded = await db.CreditRecords.AsNoTracking().SingleAsync(r => r.Id == record);

        // Not spent yet: the domain method changes nothing.
        Assert.False(edits.Watch(loaded).ExpireIfSpent(Today, Today.AddDays(30)));

        Assert.False(edits.HasChanges);
        Assert.Equal(0, await db.SaveUntrackedEditsAsync([edits]));
        Assert.Equal(before, await factory.WithDbAsync(db => db.AuditEntries.MaxAsync(e => e.Sequence)));
    }

    private static async Task SameAsTrackedAsync(CreditPortalFactory factory)
    {
        var enterprise = await factory.NewEnterpriseAsync();
        var tracked = await factory.RecordPenaltyAsync(enterprise, Today.AddDays(-30));
        var untracked = await factory.RecordPenaltyAsync(enterprise, Today.AddDays(-30));
        var other = await factory.NewEnterpriseAsync();
        await factory.RecordPenaltyAsync(other, Today.AddDays(-30));
        await factory.CurrentGradeAsync(enterprise);
        await factory.CurrentGradeAsync(other);
        var before = await factory.WithDbAsync(db => db.AuditEntries.MaxAsync(e => e.Sequence));
        var evaluation = new CreditGradingPolicy(GradingRules.Default2026_1).Evaluate(new GradingFacts { Records = [] }, Today);

        using (var scope = factory.Services.CreateScope())
        {
            var db = scope.ServiceProvider.GetRequiredService<AppDbContext>();
            (await db.CreditRecords.SingleAsync(r => r.Id == tracked)).ExpireIfSpent(Today.AddYears(10), Today.AddDays(-20));
            (await db.CurrentCreditGrades.SingleAsync(g => g.EnterpriseId == enterprise)).Update(evaluation, "{\"lines\":[]}", new DateTime(2026, 11, 28, 1, 2, 3, DateTimeKind.Utc));
            await db.SaveChangesAsync();
        }
        using (var scope = factory.Services.CreateScope())
        {
            var db = scope.ServiceProvider.GetRequiredService<AppDbContext>();
            var records = db.EditUntracked<CreditRecord>();
            records.Watch(await db.CreditRecords.AsNoTracking().SingleAsync(r => r.Id == untracked)).ExpireIfSpent(Today.AddYears(10), Today.AddDays(-20));
            var grades = db.EditUntracked<CurrentCreditGrade>();
            grades.Watch(await db.CurrentCreditGrades.AsNoTracking().SingleAsync(g => g.EnterpriseId == other))
                .Update(evaluation, "{\"lines\":[]}", new DateTime(2026, 11, 28, 1, 2, 3, DateTimeKind.Utc));
            Assert.Equal(2, await db.SaveUntrackedEditsAsync([grades, records]));
        }

        var rows = await factory.WithDbAsync(async db => (
            Records: await RowAsync(db, "CreditRecords", "Id", tracked, untracked),
            Grades: await RowAsync(db, "CurrentCreditGrades", "EnterpriseId", enterprise, other)));
        Assert.Equal(rows.Records.First, rows.Records.Second);
        Assert.Equal(rows.Grades.First, rows.Grades.Second);
        Assert.Contains("Status=", rows.Records.First, StringComparison.Ordinal);
        var entries = await factory.WithDbAsync(db => db.AuditEntries.AsNoTracking().Where(e => e.Sequence > before).OrderBy(e => e.Sequence).ToListAsync());
        // Grades are derived data, never audited; each expiry is, with the same changes (status, expiry day, version).
        Assert.Equal(2, entries.Count);
        Assert.Equal([tracked.ToString(System.Globalization.CultureInfo.InvariantCulture), untracked.ToString(System.Globalization.CultureInfo.InvariantCulture)], entries.Select(e => e.EntityKey));
        Assert.All(entries, e => Assert.Equal((nameof(CreditRecord), "Updated"), (e.EntityType, e.Action)));
        Assert.Equal(entries[0].Changes, entries[1].Changes);
        Assert.Contains("\"Version\"", entries[1].Changes, StringComparison.Ordinal);
        Assert.True((await factory.WithDbAsync(db => AuditChainVerifier.VerifyAsync(db))).IsIntact);
    }

    /// <summary>Every stored column of two rows but their key, their enterprise and what differs from birth, as the database returns them.</summary>
    private static async Task<(string First, string Second)> RowAsync(AppDbContext db, string table, string key, long first, long second)
    {
        var connection = db.Database.GetDbConnection();
        if (connection.State != System.Data.ConnectionState.Open) await connection.OpenAsync();
        async Task<string> ReadAsync(long id)
        {
            await using DbCommand command = connection.CreateCommand();
#pragma warning disable CA2100 // test tables are constants
            command.CommandText = $"SELECT * FROM \"{table}\" WHERE \"{key}\" = {id}";
#pragma warning restore CA2100
            await using var reader = await command.ExecuteReaderAsync();
            Assert.True(await reader.ReadAsync());
            return string.Join(";", Enumerable.Range(0, reader.FieldCount)
                .Where(i => reader.GetName(i) is not ("Id" or "EnterpriseId" or "DocumentNumber" or "Title" or "RecordedAtUtc"))
                .Select(i => $"{reader.GetName(i)}={(reader.IsDBNull(i) ? "NULL" : Convert.ToString(reader.GetValue(i), System.Globalization.CultureInfo.InvariantCulture))}"));
        }
        return (await ReadAsync(first), await ReadAsync(second));
    }
}
