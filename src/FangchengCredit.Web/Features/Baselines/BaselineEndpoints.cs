using System.Data.Common;
using System.Diagnostics;
using System.Globalization;
using System.Text;
using System.Text.Encodings.Web;
using System.Text.Json;
using FangchengCredit.Data;
using FangchengCredit.Web.Features.Credit;
using FangchengCredit.Web.Features.EnterpriseImport;
using FangchengCredit.Web.Infrastructure;
using FangchengCredit.Web.Infrastructure.Jobs;
using MiniExcelLibs;
using Microsoft.EntityFrameworkCore;

namespace FangchengCredit.Web.Features.Baselines;

/// <summary>
/// Measurement-only endpoints for tests/FangchengCredit.Benchmarks (docs/benchmarks.md): the same work as a portal page or job done
/// through plain ADO.NET, so that a load test compares the portal with the floor in the same process and the same run. Mapped only
/// when <c>Benchmarks:Baselines=true</c> and the environment is not Production; bureau staff only. The SQL is written for SQLite
/// and PostgreSQL (LIMIT/OFFSET).
/// </summary>
public static class BaselineEndpoints
{
    public const string ConfigurationKey = "Benchmarks:Baselines";

    public static bool AreEnabled(Microsoft.Extensions.Configuration.IConfiguration configuration, IHostEnvironment environment) =>
        configuration.GetValue<bool>(ConfigurationKey) && !environment.IsProduction();

    public static void MapBaselines(this WebApplication app)
    {
        ArgumentNullException.ThrowIfNull(app);
        if (!AreEnabled(app.Configuration, app.Environment)) return;
        var group = app.MapGroup("/baselines").RequireAuthorization(Policies.BureauStaff).ExcludeFromDescription();
        group.MapGet("/enterprises", EnterprisesAsync);
        group.MapGet("/credit/{code}", CreditAsync);
        group.MapPost("/regrade", RegradeAsync);
        group.MapPost("/import", ImportAsync).DisableAntiforgery();
    }

    private sealed record ReferenceNames(string? Database, Dictionary<long, string> Industries, Dictionary<string, string> Townships, DateTimeOffset LoadedAt);

    private static ReferenceNames? referenceNames;

    /// <summary>
    /// The registry list's queries as a bare HTML table: reference lists (held for 60 s, as the portal's ReferenceListCache holds them),
    /// count, page by name (from a keyset cursor <paramref name="after"/> when given, as the portal's "next" link: one primary-key
    /// read of the cursor row, then an index range; else OFFSET), legal representatives, grades.
    /// </summary>
    private static async Task EnterprisesAsync(HttpContext http, BaselineDatabase baseline, TimeProvider time, string? township, int? page, long? after, CancellationToken ct)
    {
        await using var connection = await baseline.OpenAsync(ct);
        // Held per database (test hosts in one process use different ones).
        var database = baseline.ConnectionString;
        var names = Volatile.Read(ref referenceNames);
        if (names is null || names.Database != database || time.GetUtcNow() - names.LoadedAt >= TimeSpan.FromSeconds(60))
        {
            var loadedIndustries = new Dictionary<long, string>();
            await using (var reader = await ReaderAsync(connection, "SELECT \"Id\", \"Name\" FROM \"Industries\" ORDER BY \"SortOrder\", \"Name\"", ct))
                while (await reader.ReadAsync(ct)) loadedIndustries[reader.GetInt64(0)] = reader.GetString(1);
            var loadedTownships = new Dictionary<string, string>(StringComparer.Ordinal);
            await using (var reader = await ReaderAsync(connection, "SELECT \"Code\", \"Name\" FROM \"Townships\" ORDER BY \"SortOrder\", \"Code\"", ct))
                while (await reader.ReadAsync(ct)) loadedTownships[reader.GetString(0)] = reader.GetString(1);
            names = new ReferenceNames(database, loadedIndustries, loadedTownships, time.GetUtcNow());
            Volatile.Write(ref referenceNames, names);
        }
        var industries = names.Industries;
        var townships = names.Townships;

        var where = string.IsNullOrWhiteSpace(township) ? string.Empty : " WHERE \"TownshipCode\" = @t";
        long total;
        await using (var count = Command(connection, "SELECT COUNT(*) FROM \"Enterprises\"" + where, ("@t", township)))
            total = Convert.ToInt64(await count.ExecuteScalarAsync(ct), CultureInfo.InvariantCulture);

        var pageNumber = Math.Max(1, page ?? 1);
        string? anchorName = null;
        if (after is not null && pageNumber > 1)
        {
            await using var anchor = Command(connection, "SELECT \"Name\" FROM \"Enterprises\" WHERE \"Id\" = @a", ("@a", after));
            anchorName = await anchor.ExecuteScalarAsync(ct) as string;
        }
        var sql = "SELECT \"Id\", \"Code\", \"Name\", \"IndustryId\", \"TownshipCode\", \"RiskLevel\", \"HasMajorHazardSource\", \"Status\", \"RegisteredOn\" " +
                  "FROM \"Enterprises\"" + where;
        sql += anchorName is null
            ? " ORDER BY \"Name\", \"Id\" LIMIT 20 OFFSET " + ((pageNumber - 1) * 20).ToString(CultureInfo.InvariantCulture)
            : (where.Length == 0 ? " WHERE " : " AND ") +
              "\"Name\" >= @n AND (\"Name\" > @n OR (\"Name\" = @n AND \"Id\" > @a)) ORDER BY \"Name\", \"Id\" LIMIT 20";
        var rows = new List<object[]>(20);
        await using (var select = Command(connection, sql, ("@t", township), ("@n", anchorName), ("@a", after)))
        await using (var reader = await select.ExecuteReaderAsync(ct))
        {
            while (await reader.ReadAsync(ct))
            {
                var values = new object[reader.FieldCount];
                reader.GetValues(values);
                rows.Add(values);
            }
        }

        var legal = new Dictionary<long, string>();
        var grades = new Dictionary<long, string>();
        if (rows.Count > 0)
        {
            var ids = string.Join(", ", rows.Select(r => Convert.ToInt64(r[0], CultureInfo.InvariantCulture).ToString(CultureInfo.InvariantCulture)));
            await using (var reader = await ReaderAsync(connection,
                "SELECT ep.\"EnterpriseId\", p.\"Name\" FROM \"EnterprisePeople\" ep JOIN \"People\" p ON p.\"Id\" = ep.\"PersonId\" " +
                $"WHERE ep.\"EnterpriseId\" IN ({ids}) AND ep.\"Role\" = 0", ct))
                while (await reader.ReadAsync(ct)) legal[reader.GetInt64(0)] = reader.GetString(1);
            await using (var reader = await ReaderAsync(connection,
                $"SELECT \"EnterpriseId\", \"Grade\", \"Score\" FROM \"CurrentCreditGrades\" WHERE \"EnterpriseId\" IN ({ids})", ct))
                while (await reader.ReadAsync(ct)) grades[reader.GetInt64(0)] = $"{reader.GetInt32(1)} ({reader.GetInt32(2)})";
        }

        var html = new StringBuilder("<!DOCTYPE html><html><body><p>")
            .Append(total.ToString(CultureInfo.InvariantCulture)).Append("</p><table>");
        foreach (var r in rows)
        {
            var id = Convert.ToInt64(r[0], CultureInfo.InvariantCulture);
            html.Append("<tr><td>").Append(HtmlEncoder.Default.Encode(Convert.ToString(r[1], CultureInfo.InvariantCulture)!))
                .Append("</td><td>").Append(HtmlEncoder.Default.Encode(Convert.ToString(r[2], CultureInfo.InvariantCulture)!))
                .Append("</td><td>").Append(HtmlEncoder.Default.Encode(industries.GetValueOrDefault(Convert.ToInt64(r[3], CultureInfo.InvariantCulture)) ?? string.Empty))
                .Append("</td><td>").Append(HtmlEncoder.Default.Encode(townships.GetValueOrDefault(Convert.ToString(r[4], CultureInfo.InvariantCulture)!) ?? string.Empty))
                .Append("</td><td>").Append(Convert.ToString(r[5], CultureInfo.InvariantCulture))
                .Append("</td><td>").Append(Convert.ToString(r[6], CultureInfo.InvariantCulture))
                .Append("</td><td>").Append(Convert.ToString(r[7], CultureInfo.InvariantCulture))
                .Append("</td><td>").Append(Convert.ToString(r[8], CultureInfo.InvariantCulture))
                .Append("</td><td>").Append(HtmlEncoder.Default.Encode(legal.GetValueOrDefault(id) ?? string.Empty))
                .Append("</td><td>").Append(grades.GetValueOrDefault(id))
                .Append("</td></tr>");
        }
        html.Append("</table></body></html>");
        http.Response.ContentType = "text/html; charset=utf-8";
        await http.Response.WriteAsync(html.ToString(), ct);
    }

    /// <summary>The credit API's reads (enterprise by code, stored current grade) written as JSON.</summary>
    private static async Task CreditAsync(HttpContext http, BaselineDatabase baseline, string code, CancellationToken ct)
    {
        await using var connection = await baseline.OpenAsync(ct);
        long id;
        string name;
        await using (var select = Command(connection, "SELECT \"Id\", \"Name\" FROM \"Enterprises\" WHERE \"Code\" = @c", ("@c", code)))
        await using (var reader = await select.ExecuteReaderAsync(ct))
        {
            if (!await reader.ReadAsync(ct))
            {
                http.Response.StatusCode = StatusCodes.Status404NotFound;
                return;
            }
            id = reader.GetInt64(0);
            name = reader.GetString(1);
        }
        await using var grade = Command(connection,
            "SELECT \"Score\", \"Grade\", \"RuleVersion\", \"AsOf\", \"ExplanationJson\" FROM \"CurrentCreditGrades\" WHERE \"EnterpriseId\" = @id", ("@id", id));
        await using var row = await grade.ExecuteReaderAsync(ct);
        if (!await row.ReadAsync(ct))
        {
            http.Response.StatusCode = StatusCodes.Status404NotFound;
            return;
        }
        http.Response.ContentType = "application/json; charset=utf-8";
        await using var json = new Utf8JsonWriter(http.Response.Body);
        json.WriteStartObject();
        json.WriteString("code", code);
        json.WriteString("name", name);
        json.WriteNumber("score", row.GetInt32(0));
        json.WriteNumber("grade", row.GetInt32(1));
        json.WriteString("ruleVersion", row.GetString(2));
        json.WriteString("evaluatedAt", Convert.ToString(row.GetValue(3), CultureInfo.InvariantCulture));
        json.WritePropertyName("explanation");
        json.WriteRawValue(row.GetString(4));
        json.WriteEndObject();
        await json.FlushAsync(ct);
    }

    /// <summary>
    /// Reads every row and column the regrade reads (enterprises' grading columns, the records that can count with their grading
    /// columns, accidents' and penalties' grading columns, current grades) with a plain reader, then the same with every record
    /// of every enterprise (what the regrade read before it left out records that cannot count, decision 0018), then runs the
    /// daily job's regrade as of the given day; the three timings in one answer. The ratio is to the first read, the stricter.
    /// With <paramref name="rawWrite"/> — for a first grading, which writes every grade and history line — it then also times a
    /// plain write of every stored grade and history line (<see cref="RawGradeWrite"/>, rolled back) and gives the ratio to the
    /// raw read and write together (decision 0019).
    /// </summary>
    private static async Task<IResult> RegradeAsync(BaselineDatabase baseline, DailyCreditJob job, TimeProvider time, DateOnly? today, bool? rawWrite, CancellationToken ct)
    {
        var day = today ?? BureauClock.Today(time);
        var (rawMs, cells) = await ReadAllAsync(baseline, RecordGradingRow.CountingStatusList, ct);
        var (allRecordsMs, allRecordsCells) = await ReadAllAsync(baseline, statuses: null, ct);

        var regrade = Stopwatch.StartNew();
        var result = await job.RunOnceAsync(day, ct);
        regrade.Stop();
        var (writeMs, writeRows) = rawWrite == true ? await RawGradeWrite.RewriteAsync(baseline, ct) : (0d, 0L);
        return Results.Json(new
        {
            rawReadMs = rawMs,
            rawCells = cells,
            rawAllRecordsMs = allRecordsMs,
            rawAllRecordsCells = allRecordsCells,
            regradeMs = regrade.Elapsed.TotalMilliseconds,
            ratio = regrade.Elapsed.TotalMilliseconds / rawMs,
            ratioToAllRecords = regrade.Elapsed.TotalMilliseconds / allRecordsMs,
            rawWriteMs = rawWrite == true ? writeMs : (double?)null,
            rawWriteRows = rawWrite == true ? writeRows : (long?)null,
            ratioToReadAndWrite = rawWrite == true ? regrade.Elapsed.TotalMilliseconds / (rawMs + writeMs) : (double?)null,
            result.Enterprises,
            result.Expired,
            result.GradesChanged,
        });
    }

    /// <summary>The regrade's reads through a plain reader: the records with one of <paramref name="statuses"/>, or all of them.</summary>
    private static async Task<(double Ms, long Cells)> ReadAllAsync(BaselineDatabase baseline, string? statuses, CancellationToken ct)
    {
        var raw = Stopwatch.StartNew();
        long cells = 0;
        await using (var connection = await baseline.OpenAsync(ct))
        {
            foreach (var sql in new[]
                     {
                         "SELECT \"Id\", \"Standardisation\", \"LiabilityInsuranceValidUntil\" FROM \"Enterprises\" ORDER BY \"Id\"",
                         // The regrade reads only the columns grading needs (records, accidents' details, penalties' severity).
                         "SELECT \"Id\", \"EnterpriseId\", \"Kind\", \"Date\", \"Status\", \"PublicationEnd\" FROM \"CreditRecords\" WHERE \"EnterpriseId\" IS NOT NULL"
                             + (statuses is null ? "" : $" AND \"Status\" IN ({statuses})"),
                         "SELECT \"Id\", \"Grade\", \"IsLiability\", \"Deaths\", \"SeriousInjuries\", \"Concealed\" FROM \"Accidents\"",
                         "SELECT \"Id\", \"Severity\" FROM \"AdministrativePenalties\"",
                         // What the job compares each evaluation with: the stored result, the explanation by its hash (decision 0016).
                         "SELECT \"EnterpriseId\", \"AsOf\", \"ValidThrough\", \"Score\", \"BandGrade\", \"Grade\", \"Override\", \"RuleVersion\", \"NextChange\", \"NextChangeGrade\", \"ExplanationHash\", \"FactsFingerprint\" FROM \"CurrentCreditGrades\"",
                     })
            {
                await using var reader = await ReaderAsync(connection, sql, ct);
                var values = new object[reader.FieldCount];
                while (await reader.ReadAsync(ct)) cells += reader.GetValues(values);
            }
        }
        raw.Stop();
        return (raw.Elapsed.TotalMilliseconds, cells);
    }

    /// <summary>MiniExcel reading every cell of the uploaded workbook, then the portal's enterprise import of the same bytes.</summary>
    private static async Task<IResult> ImportAsync(IFormFile file, EnterpriseImporter importer, CancellationToken ct)
    {
        using var buffer = new MemoryStream();
        await file.CopyToAsync(buffer, ct);

        var read = Stopwatch.StartNew();
        long cells = 0;
        buffer.Position = 0;
        foreach (IDictionary<string, object?> row in MiniExcel.Query(buffer, useHeaderRow: false, excelType: ExcelType.XLSX))
            foreach (var cell in row.Values) if (cell is not null) cells++;
        read.Stop();

        buffer.Position = 0;
        var import = Stopwatch.StartNew();
        var result = await importer.ImportAsync(buffer, file.FileName, ct);
        import.Stop();
        return Results.Json(new
        {
            miniExcelMs = read.Elapsed.TotalMilliseconds,
            cells,
            importMs = import.Elapsed.TotalMilliseconds,
            ratio = import.Elapsed.TotalMilliseconds / read.Elapsed.TotalMilliseconds,
            outcome = result.Outcome.ToString(),
            created = result.Created.Count,
            errors = result.Errors.Count,
            firstError = result.Errors.FirstOrDefault()?.Message ?? result.Message,
        });
    }

    private static DbCommand Command(DbConnection connection, string sql, params (string Name, object? Value)[] parameters)
    {
        var command = connection.CreateCommand();
        command.CommandText = sql;
        foreach (var (name, value) in parameters)
        {
            if (!sql.Contains(name, StringComparison.Ordinal)) continue;
            var parameter = command.CreateParameter();
            parameter.ParameterName = name;
            parameter.Value = value ?? DBNull.Value;
            command.Parameters.Add(parameter);
        }
        return command;
    }

    private static async Task<DbDataReader> ReaderAsync(DbConnection connection, string sql, CancellationToken ct)
    {
        // Not disposed here: disposing a SqliteCommand closes its open reader. The connection's close releases it.
        var command = Command(connection, sql);
        return await command.ExecuteReaderAsync(ct);
    }
}
