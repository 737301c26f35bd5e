using System.Globalization;
using FangchengCredit.Data;
using FangchengCredit.Domain.Enterprises;
using Microsoft.EntityFrameworkCore;
using MiniExcelLibs;

namespace FangchengCredit.Web.Features.Enterprises;

/// <summary>
/// 导出Excel: the filtered, sorted list as .xlsx with Chinese headers and yyyy/MM/dd dates (domain.md §11). Personal ID numbers
/// are never exported. Headers stay Chinese whatever the UI language: the file is a 台账 that goes back into Chinese systems.
/// </summary>
public sealed class EnterpriseExport(AppDbContext db, EnterpriseList list)
{
    public const string ContentType = "application/vnd.openxmlformats-officedocument.spreadsheetml.sheet";

    public static readonly IReadOnlyList<string> Headers =
    [
        "统一社会信用代码", "企业名称", "主体类型", "行业", "乡镇街道", "地址", "联系电话", "法定代表人", "主要负责人", "实际控制人",
        "安全风险等级", "重大危险源", "标准化等级", "安责险有效期至", "经营状态", "登记日期", "信用等级", "信用分",
    ];

    public async Task<MemoryStream> WriteAsync(EnterpriseFilter filter, CancellationToken cancellationToken = default)
    {
        ArgumentNullException.ThrowIfNull(filter);
        var filtered = list.Filtered(filter);
        var enterprises = await EnterpriseList.Sorted(filtered, filter.Sort)
            .Select(e => new
            {
                e.Id, e.Code, e.Name, e.SubjectType, e.IndustryId, e.TownshipCode, e.Address, e.ContactPhone, e.RiskLevel,
                e.HasMajorHazardSource, e.Standardisation, e.LiabilityInsuranceValidUntil, e.Status, e.RegisteredOn,
            })
            .ToListAsync(cancellationToken);

        // One query for the people of every exported enterprise (the same filter as a subquery), not one per row.
        var ids = filtered.Select(e => e.Id);
        var people = (await db.EnterprisePeople.AsNoTracking()
                .Where(ep => ids.Contains(ep.EnterpriseId))
                .OrderBy(ep => ep.Id)
                .Select(ep => new { ep.EnterpriseId, ep.Role, ep.Person.Name })
                .ToListAsync(cancellationToken))
            .ToLookup(p => (p.EnterpriseId, p.Role), p => p.Name);
        var grades = await db.CurrentCreditGrades.AsNoTracking()
            .Where(g => ids.Contains(g.EnterpriseId))
            .Select(g => new { g.EnterpriseId, g.Grade, g.Score })
            .ToDictionaryAsync(g => g.EnterpriseId, cancellationToken);
        var industries = await db.Industries.AsNoTracking().ToDictionaryAsync(i => i.Id, i => i.Name, cancellationToken);
        var townships = await db.Townships.AsNoTracking().ToDictionaryAsync(t => t.Code, t => t.Name, StringComparer.Ordinal, cancellationToken);

        var rows = enterprises.Select(e => new Dictionary<string, object?>
        {
            [Headers[0]] = e.Code,
            [Headers[1]] = e.Name,
            [Headers[2]] = e.SubjectType.ChineseName(),
            [Headers[3]] = industries.GetValueOrDefault(e.IndustryId),
            [Headers[4]] = townships.GetValueOrDefault(e.TownshipCode) ?? e.TownshipCode,
            [Headers[5]] = e.Address,
            [Headers[6]] = e.ContactPhone,
            [Headers[7]] = string.Join("、", people[(e.Id, PersonRole.LegalRepresentative)]),
            [Headers[8]] = string.Join("、", people[(e.Id, PersonRole.Principal)]),
            [Headers[9]] = string.Join("、", people[(e.Id, PersonRole.ActualController)]),
            [Headers[10]] = e.RiskLevel.ChineseName(),
            [Headers[11]] = e.HasMajorHazardSource ? "是" : "否",
            [Headers[12]] = e.Standardisation.ChineseName(),
            [Headers[13]] = Date(e.LiabilityInsuranceValidUntil),
            [Headers[14]] = e.Status.ChineseName(),
            [Headers[15]] = Date(e.RegisteredOn),
            [Headers[16]] = grades.GetValueOrDefault(e.Id)?.Grade.ToString(),
            [Headers[17]] = grades.GetValueOrDefault(e.Id)?.Score,
        });

        var stream = new MemoryStream();
        if (enterprises.Count == 0)
        {
            // Nothing matched: the file still carries its header row, so it says what it would have held.
            using var empty = new System.Data.DataTable("企业名录");
            foreach (var header in Headers) empty.Columns.Add(header);
            await MiniExcel.SaveAsAsync(stream, empty, printHeader: true, sheetName: "企业名录", excelType: ExcelType.XLSX, cancellationToken: cancellationToken);
        }
        else
        {
            await MiniExcel.SaveAsAsync(stream, rows, printHeader: true, sheetName: "企业名录", excelType: ExcelType.XLSX, cancellationToken: cancellationToken);
        }
        stream.Position = 0;
        return stream;
    }

    public static string FileName(DateOnly today) => $"企业名录-{today.ToString("yyyyMMdd", CultureInfo.InvariantCulture)}.xlsx";

    private static string? Date(DateOnly? date) => date?.ToString("yyyy/MM/dd", CultureInfo.InvariantCulture);
}
