using System.Diagnostics;
using FangchengCredit.Data;
using FangchengCredit.Domain.Common;
using FangchengCredit.Domain.Enterprises;
using FangchengCredit.Domain.Identifiers;
using FangchengCredit.Domain.Records;
using FangchengCredit.Web.Features.Credit;
using FangchengCredit.Web.Infrastructure;
using FangchengCredit.Web.Infrastructure.Spreadsheets;
using FangchengCredit.Web.Resources;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.Localization;
using Microsoft.Extensions.Options;

namespace FangchengCredit.Web.Features.RecordImport;

/// <summary>
/// Imports 行政处罚 or 生产安全事故 from .xlsx/.csv, all or nothing: every row is checked first (against the file and, with a handful
/// of batched queries, against the database) and every problem is reported; only a file without a single problem is saved, in one
/// transaction, after which each affected enterprise is regraded once. Used by the import page and the partner API.
/// </summary>
public sealed class RecordImporter(
    AppDbContext db, SpreadsheetReader reader, CreditGradingService grading, IOptions<PublicationPeriodRules> publication,
    IConfiguration configuration, TimeProvider time, IStringLocalizer<SharedResource> l, ILogger<RecordImporter> logger)
{
    /// <summary>Existing rows are loaded by IN-lists of this size: few round trips, far below every provider's parameter limit.</summary>
    internal const int LookupChunk = 500;

    /// <summary>Record imports are smaller than the 台账; 10 000 rows keep one transaction and its regrading reasonable.</summary>
    public const int MaxRows = 10_000;

    /// <summary>Upload limit for the page and the API: a little above the reader's 20 MB, so users get the reader's Chinese message rather than a bare 413.</summary>
    public const long RequestLimit = SpreadsheetReadOptions.DefaultMaxBytes + 1024 * 1024;

    public static IReadOnlyList<string> ColumnsOf(RecordImportKind kind) =>
        kind == RecordImportKind.Penalties ? PenaltyImportColumns.All : AccidentImportColumns.All;

    public static IReadOnlyList<string> RequiredColumnsOf(RecordImportKind kind) =>
        kind == RecordImportKind.Penalties ? PenaltyImportColumns.Required : AccidentImportColumns.Required;

    /// <param name="actor">录入人 written on every record (the staff member's name, or <c>api:{client}</c>).</param>
    public async Task<RecordImportResult> ImportAsync(
        RecordImportKind kind, Stream content, string fileName, string actor, CancellationToken cancellationToken = default)
    {
        var clock = Stopwatch.StartNew();
        var columns = ColumnsOf(kind);
        SpreadsheetTable table;
        try
        {
            table = await reader.ReadAsync(content, fileName, new SpreadsheetReadOptions { Columns = columns, MaxRows = MaxRows }, cancellationToken);
        }
        catch (SpreadsheetException e)
        {
            return new RecordImportResult { Kind = kind, Outcome = RecordImportOutcome.Unreadable, Message = e.Message, FileName = fileName };
        }

        var missing = table.MissingColumns(RequiredColumnsOf(kind));
        if (missing.Count > 0)
        {
            return new RecordImportResult
            {
                Kind = kind,
                Outcome = RecordImportOutcome.MissingColumns,
                MissingColumns = missing,
                Message = l["表头缺少必需的列：{0}。请使用导入模板的表头。", string.Join("、", missing)],
                FileName = fileName,
            };
        }
        if (table.Rows.Count == 0)
            return new RecordImportResult { Kind = kind, Outcome = RecordImportOutcome.Unreadable, Message = l["文件中只有表头，没有数据行。"], FileName = fileName };

        var errors = new List<RowError>();
        var context = new RecordImportContext(
            BureauClock.Today(time), actor, time.GetUtcNow().UtcDateTime, publication.Value,
            configuration["Records:Authority"] ?? "方城县应急管理局", configuration["Records:AuthorityCode"]);
        IRecordRows rows = kind == RecordImportKind.Penalties ? new PenaltyRows(db, l) : new AccidentRows(db, l);
        var pending = await rows.CheckAsync(table.Rows, this, context, errors, cancellationToken);

        if (errors.Count == 0)
        {
            var result = await SaveAsync(kind, pending, table.Rows.Count, fileName, errors, cancellationToken);
            if (result is not null)
            {
                logger.LogInformation(
                    "{Kind} import {Outcome}: {Rows} rows, {Created} records, {Regraded} enterprises regraded in {ElapsedMs} ms",
                    kind, result.Outcome, table.Rows.Count, result.Created, result.Regraded.Count, clock.ElapsedMilliseconds);
                return result;
            }
        }

        logger.LogInformation("{Kind} import refused: {Errors} errors in {Rows} rows, nothing saved", kind, errors.Count, table.Rows.Count);
        var order = columns.Select((name, index) => (name, index)).ToDictionary(x => x.name, x => x.index, StringComparer.Ordinal);
        return new RecordImportResult
        {
            Kind = kind,
            Outcome = RecordImportOutcome.RowErrors,
            Errors = errors.OrderBy(e => e.Row).ThenBy(e => order.GetValueOrDefault(e.Column, int.MaxValue)).ToList(),
            RowCount = table.Rows.Count,
            FileName = fileName,
        };
    }

    /// <returns>The result, or null when a row failed a domain rule while being applied (its error added; nothing saved).</returns>
    private async Task<RecordImportResult?> SaveAsync(
        RecordImportKind kind, IReadOnlyList<PendingRecord> pending, int rowCount, string fileName, List<RowError> errors, CancellationToken cancellationToken)
    {
        var enterpriseIds = pending.Select(p => p.Enterprise.Id).Distinct().ToList();
        var today = BureauClock.Today(time);
        var before = await GradesAsync(enterpriseIds, cancellationToken);
        // An enterprise never graded yet gets its grade first (as opening its credit page would), so "before → after" compares grades.
        foreach (var id in enterpriseIds.Where(id => !before.ContainsKey(id))) await grading.RefreshAsync(id, cancellationToken);
        if (before.Count < enterpriseIds.Count) before = await GradesAsync(enterpriseIds, cancellationToken);

        await using var transaction = await db.Database.BeginTransactionAsync(cancellationToken);
        try
        {
            foreach (var record in pending)
            {
                try
                {
                    record.Add();
                }
                catch (DomainException e)
                {
                    errors.Add(new RowError(record.Row, string.Empty, e.Message));
                }
            }
            if (errors.Count > 0)
            {
                db.ChangeTracker.Clear();
                return null;
            }
            await db.SaveChangesAsync(cancellationToken);
            // Once per enterprise, however many rows it has in the file; runs of consecutive ids share one set of queries.
            foreach (var (from, to) in ConsecutiveRuns(enterpriseIds)) await grading.RegradeRangeAsync(from, to, today, cancellationToken);
            await transaction.CommitAsync(cancellationToken);
        }
        catch (DbUpdateException e)
        {
            // The same 处罚决定书文号 recorded by someone else meanwhile (unique index), or a grade changed concurrently.
            db.ChangeTracker.Clear();
            logger.LogWarning(e, "{Kind} import of {Rows} rows rolled back by a concurrent change", kind, rowCount);
            return new RecordImportResult
            {
                Kind = kind,
                Outcome = RecordImportOutcome.Conflict,
                Message = l["导入期间有相关记录或信用等级被他人修改，本次导入未保存任何数据，请重新导入。"],
                RowCount = rowCount,
                FileName = fileName,
            };
        }

        var after = await GradesAsync(enterpriseIds, cancellationToken);
        var enterprises = pending.Select(p => p.Enterprise).DistinctBy(e => e.Id).ToList();
        var regraded = enterprises
            .Where(e => after.ContainsKey(e.Id))
            .Select(e =>
            {
                var old = before.GetValueOrDefault(e.Id);
                var now = after[e.Id];
                return new GradeChange(e.Id, e.Code, e.Name, old?.Grade, old?.Score, now.Grade, now.Score);
            })
            .ToList();
        return new RecordImportResult
        {
            Kind = kind, Outcome = RecordImportOutcome.Saved, Created = pending.Count, Regraded = regraded, RowCount = rowCount, FileName = fileName,
        };
    }

    /// <summary>[3, 4, 5, 9] → (3, 5), (9, 9): ranges that hold exactly the given ids.</summary>
    internal static IEnumerable<(long From, long To)> ConsecutiveRuns(IEnumerable<long> ids)
    {
        long? from = null, to = null;
        foreach (var id in ids.Distinct().Order())
        {
            if (to is { } last && id == last + 1)
            {
                to = id;
                continue;
            }
            if (from is { } f) yield return (f, to!.Value);
            from = to = id;
        }
        if (from is { } start) yield return (start, to!.Value);
    }

    private async Task<Dictionary<long, StoredGrade>> GradesAsync(List<long> enterpriseIds, CancellationToken cancellationToken)
    {
        var result = new Dictionary<long, StoredGrade>();
        foreach (var chunk in enterpriseIds.Chunk(LookupChunk))
        {
            var found = await db.CurrentCreditGrades.AsNoTracking()
                .Where(g => chunk.Contains(g.EnterpriseId))
                .Select(g => new { g.EnterpriseId, g.Grade, g.Score })
                .ToListAsync(cancellationToken);
            foreach (var g in found) result[g.EnterpriseId] = new StoredGrade(g.Grade, g.Score);
        }
        return result;
    }

    /// <summary>
    /// Reads the 统一社会信用代码 of every row and finds the registered enterprises in batches; a row whose code is invalid or
    /// unregistered gets its error here and no enterprise.
    /// </summary>
    internal async Task<Dictionary<int, EnterpriseRef>> EnterprisesOfAsync(
        IReadOnlyList<SpreadsheetRow> rows, string column, List<RowError> errors, CancellationToken cancellationToken)
    {
        var codes = new Dictionary<int, string>();
        foreach (var row in rows)
        {
            var text = row[column];
            if (text.Length == 0)
            {
                errors.Add(new RowError(row.Number, column, l["{0}不能为空", column]));
                continue;
            }
            if (UnifiedSocialCreditCode.Validate(text) is { } error)
            {
                var message = row.WasNumber(column)
                    ? error.Message + l["（该单元格是数字格式，Excel 只保留 15 位有效数字；请把此列设置为“文本”格式后重新填写）"]
                    : error.Message;
                errors.Add(new RowError(row.Number, column, message));
                continue;
            }
            codes[row.Number] = text.Trim().ToUpperInvariant();
        }

        var known = new Dictionary<string, EnterpriseRef>(StringComparer.Ordinal);
        foreach (var chunk in codes.Values.Distinct(StringComparer.Ordinal).Chunk(LookupChunk))
        {
            var found = await db.Enterprises.AsNoTracking()
                .Where(e => chunk.Contains(e.Code))
                .Select(e => new EnterpriseRef(e.Id, e.Code, e.Name, e.SubjectType))
                .ToListAsync(cancellationToken);
            foreach (var e in found) known[e.Code] = e;
        }

        var result = new Dictionary<int, EnterpriseRef>();
        foreach (var (number, code) in codes)
        {
            if (known.TryGetValue(code, out var enterprise)) result[number] = enterprise;
            else errors.Add(new RowError(number, column, l["统一社会信用代码 {0} 未在平台登记，请先登记或导入该企业", code]));
        }
        return result;
    }

    private sealed record StoredGrade(Domain.Grading.CreditGrade Grade, int Score);
}

/// <summary>A registered enterprise, as much of it as an import row needs.</summary>
internal sealed record EnterpriseRef(long Id, string Code, string Name, SubjectType SubjectType);

/// <summary>Everything a record needs that is the same for every row of one import.</summary>
internal sealed record RecordImportContext(
    DateOnly Today, string Actor, DateTime NowUtc, PublicationPeriodRules Publication, string BureauName, string? BureauCode);

/// <summary>A checked row, ready to be added to the context (which may still throw <see cref="DomainException"/>).</summary>
internal sealed record PendingRecord(int Row, EnterpriseRef Enterprise, Action Add);

/// <summary>The checks of one kind of record import.</summary>
internal interface IRecordRows
{
    Task<IReadOnlyList<PendingRecord>> CheckAsync(
        IReadOnlyList<SpreadsheetRow> rows, RecordImporter importer, RecordImportContext context, List<RowError> errors, CancellationToken cancellationToken);
}
