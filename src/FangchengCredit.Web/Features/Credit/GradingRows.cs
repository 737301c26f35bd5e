using System.Data.Common;
using FangchengCredit.Data;
using FangchengCredit.Domain.Accidents;
using FangchengCredit.Domain.Grading;
using FangchengCredit.Domain.Records;
using Microsoft.EntityFrameworkCore;
using Microsoft.EntityFrameworkCore.Storage;

namespace FangchengCredit.Web.Features.Credit;

/// <summary>An enterprise's columns that grading reads.</summary>
public sealed record EnterpriseGradingRow(long Id, StandardisationGrade Standardisation, DateOnly? LiabilityInsuranceValidUntil)
{
    /// <summary>
    /// The enterprises whose id is in [<paramref name="fromId"/>, <paramref name="toId"/>], in id order, read as the records are:
    /// by a plain reader (through EF the daily job's enterprise reads took 69 ms a day against the raw read's 37;
    /// <c>ProjectedRecordsGradeLikeTheirEntities</c> compares the rows with EF's projection).
    /// </summary>
    public static async Task<List<EnterpriseGradingRow>> ReadAsync(AppDbContext db, long fromId, long toId, CancellationToken cancellationToken = default)
    {
        ArgumentNullException.ThrowIfNull(db);
        var rows = new List<EnterpriseGradingRow>();
        await db.Database.OpenConnectionAsync(cancellationToken);
        try
        {
            await RecordGradingRow.ForEachInRangeAsync(db,
                """SELECT "Id", "Standardisation", "LiabilityInsuranceValidUntil" FROM "Enterprises" WHERE "Id" >= @from AND "Id" <= @to ORDER BY "Id" """,
                fromId, toId,
                reader => rows.Add(new EnterpriseGradingRow(
                    reader.GetInt64(0),
                    (StandardisationGrade)reader.GetInt32(1),
                    reader.IsDBNull(2) ? null : reader.GetFieldValue<DateOnly>(2))),
                cancellationToken);
            return rows;
        }
        finally
        {
            await db.Database.CloseConnectionAsync();
        }
    }
}

/// <summary>
/// A credit record's columns that grading and expiry read, with its accident's or penalty's grading details:
/// what <see cref="CreditRecordFacts.ToFact(CreditRecord, Accident?, PenaltySeverity?)"/> reads from the entities, in one row.
/// </summary>
public sealed record RecordGradingRow(
    long Id,
    long EnterpriseId,
    CreditRecordKind Kind,
    DateOnly Date,
    CreditRecordStatus Status,
    DateOnly? PublicationEnd,
    AccidentGradingDetails? Accident,
    PenaltySeverity? PenaltySeverity)
{
    /// <summary>
    /// The records of the enterprises whose id is in [<paramref name="fromId"/>, <paramref name="toId"/>], with their details:
    /// three lean range queries (records, accidents, penalties), nothing tracked. Separate queries rather than a join: on SQLite
    /// the join's two key probes per record cost more than reading the details by range (docs/benchmarks-notes/regrade.md).
    /// Read with a plain data reader on the context's connection and transaction: the daily job reads every record of the
    /// database this way, and EF's materialisation of these six columns was most of the read's cost (the columns are plain
    /// integers and dates on every provider; <c>ProjectedRecordsGradeLikeTheirEntities</c> compares the rows with EF's entities).
    /// Only records that can still count are read (<see cref="CreditGradingPolicy.StatusesThatCanCount"/>): an expired, voided
    /// or revoked record changes no evaluation and no fingerprint, and is never expired again; in a registry a few years old
    /// they are most of the records (decision 0018).
    /// </summary>
    public static async Task<List<RecordGradingRow>> ReadAsync(AppDbContext db, long fromId, long toId, CancellationToken cancellationToken = default)
    {
        ArgumentNullException.ThrowIfNull(db);
        await db.Database.OpenConnectionAsync(cancellationToken);
        try
        {
            var accidents = new Dictionary<long, AccidentGradingDetails>();
            await ForEachInRangeAsync(db, """SELECT "Id", "Grade", "IsLiability", "Deaths", "SeriousInjuries", "Concealed" FROM "Accidents" WHERE "EnterpriseId" >= @from AND "EnterpriseId" <= @to""", fromId, toId,
                reader => accidents[reader.GetInt64(0)] = new AccidentGradingDetails(
                    (AccidentGrade)reader.GetInt32(1), reader.GetBoolean(2), reader.GetInt32(3), reader.GetInt32(4), reader.GetBoolean(5)),
                cancellationToken);

            var penalties = new Dictionary<long, PenaltySeverity>();
            await ForEachInRangeAsync(db, """SELECT "Id", "Severity" FROM "AdministrativePenalties" WHERE "EnterpriseId" >= @from AND "EnterpriseId" <= @to""", fromId, toId,
                reader => penalties[reader.GetInt64(0)] = (PenaltySeverity)reader.GetInt32(1),
                cancellationToken);

            var rows = new List<RecordGradingRow>();
            await ForEachInRangeAsync(db, CountingRecordsSql, fromId, toId,
                reader =>
                {
                    var id = reader.GetInt64(0);
                    rows.Add(new RecordGradingRow(
                        id,
                        reader.GetInt64(1),
                        (CreditRecordKind)reader.GetInt32(2),
                        reader.GetFieldValue<DateOnly>(3),
                        (CreditRecordStatus)reader.GetInt32(4),
                        reader.IsDBNull(5) ? null : reader.GetFieldValue<DateOnly>(5),
                        accidents.TryGetValue(id, out var accident) ? accident : null,
                        penalties.TryGetValue(id, out var severity) ? severity : null));
                },
                cancellationToken);
            return rows;
        }
        finally
        {
            await db.Database.CloseConnectionAsync();
        }
    }

    /// <summary>
    /// The records of a range of enterprises that can count, in the order of the (EnterpriseId, Date, Id, …) index, so records
    /// explain in the same order on every provider; the status filter is on a column of that index.
    /// </summary>
    internal static readonly string CountingRecordsSql =
        $"""SELECT "Id", "EnterpriseId", "Kind", "Date", "Status", "PublicationEnd" FROM "CreditRecords" WHERE "EnterpriseId" >= @from AND "EnterpriseId" <= @to AND "Status" IN ({CountingStatusList}) ORDER BY "EnterpriseId", "Date", "Id" """;

    /// <summary>The statuses that can count, as the integers stored (for SQL).</summary>
    internal static string CountingStatusList => string.Join(", ", CreditGradingPolicy.StatusesThatCanCount.Select(s => ((int)s).ToString(System.Globalization.CultureInfo.InvariantCulture)));

    internal static async Task ForEachInRangeAsync(
        AppDbContext db, string sql, long fromId, long toId, Action<DbDataReader> read, CancellationToken cancellationToken)
    {
        await using var command = db.Database.GetDbConnection().CreateCommand();
        command.Transaction = db.Database.CurrentTransaction?.GetDbTransaction();
#pragma warning disable CA2100 // constant SQL; the range is passed as parameters
        command.CommandText = sql;
#pragma warning restore CA2100
        foreach (var (name, value) in new[] { ("@from", fromId), ("@to", toId) })
        {
            var parameter = command.CreateParameter();
            parameter.ParameterName = name;
            parameter.Value = value;
            command.Parameters.Add(parameter);
        }
        await using var reader = await command.ExecuteReaderAsync(cancellationToken);
        while (await reader.ReadAsync(cancellationToken)) read(reader);
    }

    /// <summary>The fact the policy grades: the same as the entity path's <c>record.ToFact(accident, severity)</c>.</summary>
    public CreditFact ToFact() => CreditRecordFacts.ToFact(Id, Kind, Date, Status, Accident, PenaltySeverity);
}

/// <summary>
/// The stored grades' <see cref="StoredGradeResult"/>s of a range of enterprises: what the daily job compares each new
/// evaluation with. Read with a plain data reader and without the explanation itself (its hash stands in): reading every
/// grade's explanation as an entity was a quarter of the job's time on PostgreSQL (docs/benchmarks-notes/regrade.md).
/// <c>StoredGradeResultsReadLikeTheirEntities</c> compares the rows with EF's entities.
/// </summary>
public static class StoredGradeResults
{
    public static async Task<Dictionary<long, StoredGradeResult>> ReadAsync(AppDbContext db, long fromId, long toId, CancellationToken cancellationToken = default)
    {
        ArgumentNullException.ThrowIfNull(db);
        // Sized for the range at once (up to a batch's worth) rather than grown, rehashing, as it fills.
        var results = new Dictionary<long, StoredGradeResult>((int)Math.Clamp(toId - fromId + 1, 1, 16_384));
        await db.Database.OpenConnectionAsync(cancellationToken);
        try
        {
            await RecordGradingRow.ForEachInRangeAsync(db,
                """SELECT "EnterpriseId", "AsOf", "ValidThrough", "Score", "BandGrade", "Grade", "Override", "RuleVersion", "NextChange", "NextChangeGrade", "ExplanationHash", "FactsFingerprint" FROM "CurrentCreditGrades" WHERE "EnterpriseId" >= @from AND "EnterpriseId" <= @to""",
                fromId, toId,
                reader => results[reader.GetInt64(0)] = new StoredGradeResult(
                    reader.GetFieldValue<DateOnly>(1),
                    reader.IsDBNull(2) ? null : reader.GetFieldValue<DateOnly>(2),
                    reader.GetInt32(3),
                    (CreditGrade)reader.GetInt32(4),
                    (CreditGrade)reader.GetInt32(5),
                    (GradeOverride)reader.GetInt32(6),
                    reader.GetString(7),
                    reader.IsDBNull(8) ? null : reader.GetFieldValue<DateOnly>(8),
                    reader.IsDBNull(9) ? null : (CreditGrade)reader.GetInt32(9),
                    reader.GetInt64(10),
                    reader.GetInt64(11)),
                cancellationToken);
            return results;
        }
        finally
        {
            await db.Database.CloseConnectionAsync();
        }
    }
}
