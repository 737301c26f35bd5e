using FangchengCredit.Data;
using FangchengCredit.Domain.Accidents;
using FangchengCredit.Domain.Records;
using FangchengCredit.Web.Infrastructure.Spreadsheets;
using FangchengCredit.Web.Resources;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.Localization;
using C = FangchengCredit.Web.Features.RecordImport.AccidentImportColumns;

namespace FangchengCredit.Web.Features.RecordImport;

/// <summary>
/// The checks of a 生产安全事故 import: a registered enterprise, a date not in the future, the three measures as whole numbers
/// (the grade is the domain's), 是/否 for liability and concealment. The same accident (enterprise, date, place) is not taken twice.
/// </summary>
internal sealed class AccidentRows(AppDbContext db, IStringLocalizer<SharedResource> l) : IRecordRows
{
    /// <summary>Far above any real accident; larger numbers are typing errors.</summary>
    private const long MaxPeople = 100_000;
    private const long MaxLossYuan = 1_000_000_000_000;

    public async Task<IReadOnlyList<PendingRecord>> CheckAsync(
        IReadOnlyList<SpreadsheetRow> rows, RecordImporter importer, RecordImportContext context, List<RowError> errors, CancellationToken cancellationToken)
    {
        var enterprises = await importer.EnterprisesOfAsync(rows, C.Code, errors, cancellationToken);
        var parsed = new List<(int Number, AccidentDetails? Details)>();
        foreach (var cells in rows)
        {
            var read = new RecordRowReader(cells, errors, l);
            var occurredOn = read.Date(C.OccurredOn, context.Today);
            var place = read.Text(C.Place, AccidentDetails.PlaceMaxLength);
            var deaths = read.Count(C.Deaths, MaxPeople);
            var injuries = read.Count(C.SeriousInjuries, MaxPeople);
            var loss = read.Count(C.DirectLoss, MaxLossYuan);
            var liability = read.YesNo(C.IsLiability);
            var concealed = read.YesNo(C.Concealed);
            var description = read.Text(C.Description, AccidentDetails.DescriptionMaxLength);
            var complete = occurredOn is not null && place is not null && deaths is not null && injuries is not null && loss is not null
                           && liability is not null && concealed is not null && description is not null;
            parsed.Add((cells.Number, complete
                ? new AccidentDetails
                {
                    OccurredOn = occurredOn!.Value, Place = place!, Deaths = (int)deaths!.Value, SeriousInjuries = (int)injuries!.Value,
                    DirectLossYuan = loss!.Value, IsLiability = liability!.Value, Concealed = concealed!.Value, Description = description!,
                }
                : null));
        }

        var known = await RecordedAsync(parsed.Where(p => p.Details is not null && enterprises.ContainsKey(p.Number))
            .Select(p => enterprises[p.Number].Id).Distinct().ToList(), cancellationToken);
        var inFile = new Dictionary<(long, DateOnly, string), int>();
        var pending = new List<PendingRecord>();
        foreach (var (number, details) in parsed)
        {
            if (details is null || !enterprises.TryGetValue(number, out var enterprise)) continue;
            var key = (enterprise.Id, details.OccurredOn, details.Place);
            if (inFile.TryGetValue(key, out var first))
            {
                errors.Add(new RowError(number, C.Place, l["与第 {0} 行是同一企业同一日期同一地点的事故，请勿重复填写", first]));
                continue;
            }
            inFile[key] = number;
            if (known.Contains(key))
            {
                errors.Add(new RowError(number, C.Place, l["该企业 {0} 在“{1}”的事故已登记，不能重复导入；如需更正请在事故页面修改", details.OccurredOn.ToString("yyyy-MM-dd", System.Globalization.CultureInfo.InvariantCulture), details.Place]));
                continue;
            }
            pending.Add(new PendingRecord(number, enterprise, () =>
                db.Accidents.Add(Accident.Report(enterprise.Id, null, details, context.Today, context.Actor, context.NowUtc, context.Publication))));
        }
        return pending;
    }

    /// <summary>The (enterprise, date, place) of every accident already recorded for these enterprises and not voided.</summary>
    private async Task<HashSet<(long, DateOnly, string)>> RecordedAsync(List<long> enterpriseIds, CancellationToken cancellationToken)
    {
        var result = new HashSet<(long, DateOnly, string)>();
        foreach (var chunk in enterpriseIds.Chunk(RecordImporter.LookupChunk))
        {
            var found = await db.Accidents.AsNoTracking()
                .Where(a => chunk.Contains(a.EnterpriseId) && a.Record.Status != CreditRecordStatus.Voided)
                .Select(a => new { a.EnterpriseId, a.OccurredOn, a.Place })
                .ToListAsync(cancellationToken);
            foreach (var a in found) result.Add((a.EnterpriseId, a.OccurredOn, a.Place));
        }
        return result;
    }
}
