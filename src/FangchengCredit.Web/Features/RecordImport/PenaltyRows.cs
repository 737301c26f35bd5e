using FangchengCredit.Data;
using FangchengCredit.Domain.Enterprises;
using FangchengCredit.Domain.Records;
using FangchengCredit.Web.Infrastructure.Spreadsheets;
using FangchengCredit.Web.Resources;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.Localization;
using C = FangchengCredit.Web.Features.RecordImport.PenaltyImportColumns;

namespace FangchengCredit.Web.Features.RecordImport;

/// <summary>
/// The checks of a 行政处罚 import: each row names a registered enterprise by code and by its registered name, carries a
/// 处罚决定书文号 seen nowhere else (file or database), and the 双公示 fields the domain's <see cref="PenaltyDetails"/> requires.
/// </summary>
internal sealed class PenaltyRows(AppDbContext db, IStringLocalizer<SharedResource> l) : IRecordRows
{
    public async Task<IReadOnlyList<PendingRecord>> CheckAsync(
        IReadOnlyList<SpreadsheetRow> rows, RecordImporter importer, RecordImportContext context, List<RowError> errors, CancellationToken cancellationToken)
    {
        var enterprises = await importer.EnterprisesOfAsync(rows, C.Code, errors, cancellationToken);
        var parsed = rows.Select(r => Parse(r, context, errors)).ToList();

        var documents = new Dictionary<string, int>(StringComparer.Ordinal);
        foreach (var row in parsed)
        {
            if (row.DocumentNumber is not { } number) continue;
            if (documents.TryGetValue(number, out var first))
            {
                errors.Add(new RowError(row.Number, C.DocumentNumber, l["与第 {0} 行的处罚决定书文号重复", first]));
                row.DocumentNumber = null;
            }
            else
            {
                documents[number] = row.Number;
            }
        }
        var recorded = new HashSet<string>(StringComparer.Ordinal);
        foreach (var chunk in documents.Keys.Chunk(RecordImporter.LookupChunk))
            recorded.UnionWith(await db.Penalties.AsNoTracking().Where(p => chunk.Contains(p.DocumentNumber)).Select(p => p.DocumentNumber).ToListAsync(cancellationToken));

        var pending = new List<PendingRecord>();
        foreach (var row in parsed)
        {
            if (row.DocumentNumber is { } number && recorded.Contains(number))
            {
                errors.Add(new RowError(row.Number, C.DocumentNumber, l["处罚决定书文号“{0}”已登记，不能重复导入", number]));
                row.DocumentNumber = null;
            }
            if (!enterprises.TryGetValue(row.Number, out var enterprise)) continue;
            if (row.SubjectName is { } name && !SameName(name, enterprise.Name))
            {
                errors.Add(new RowError(row.Number, C.SubjectName,
                    l["行政相对人名称“{0}”与统一社会信用代码 {1} 登记的企业名称“{2}”不一致", name, enterprise.Code, enterprise.Name]));
                continue;
            }
            if (row.Details(enterprise, context) is { } details)
            {
                pending.Add(new PendingRecord(row.Number, enterprise, () =>
                    db.Penalties.Add(AdministrativePenalty.Decide(enterprise.Id, null, details, context.Today, context.Actor, context.NowUtc, context.Publication))));
            }
        }
        return pending;
    }

    /// <summary>Names compare after trimming, with full- and half-width parentheses alike: “方城县某（集团）公司” is “方城县某(集团)公司”.</summary>
    internal static bool SameName(string written, string registered) =>
        string.Equals(SpreadsheetText.NormaliseHeader(written), SpreadsheetText.NormaliseHeader(registered), StringComparison.Ordinal);

    private Row Parse(SpreadsheetRow cells, RecordImportContext context, List<RowError> errors)
    {
        var read = new RecordRowReader(cells, errors, l);
        var row = new Row(cells.Number)
        {
            SubjectName = read.Text(C.SubjectName, PenaltyDetails.NameMaxLength),
            LegalRepresentative = read.Text(C.LegalRepresentative, PenaltyDetails.PersonNameMaxLength, required: false),
            DocumentNumber = read.Text(C.DocumentNumber, PenaltyDetails.DocumentNumberMaxLength),
            ViolationType = read.Text(C.ViolationType, PenaltyDetails.ShortTextMaxLength),
            ViolationFacts = read.Text(C.ViolationFacts, PenaltyDetails.LongTextMaxLength),
            LegalBasis = read.Text(C.LegalBasis, PenaltyDetails.LongTextMaxLength),
            PenaltyCategory = read.Text(C.PenaltyCategory, PenaltyDetails.ShortTextMaxLength),
            PenaltyContent = read.Text(C.PenaltyContent, PenaltyDetails.LongTextMaxLength),
            Fine = read.WanYuanAmount(C.Fine),
            Confiscated = read.WanYuanAmount(C.Confiscated),
            LicenceAffected = read.Text(C.LicenceAffected, PenaltyDetails.ShortTextMaxLength, required: false),
            DecisionDate = read.Date(C.DecisionDate, context.Today),
            Authority = read.Text(C.Authority, PenaltyDetails.NameMaxLength),
        };

        var procedure = cells[C.Procedure];
        row.Procedure = procedure switch
        {
            "简易程序" => PenaltyProcedure.Summary,
            "一般程序" => PenaltyProcedure.General,
            _ => null,
        };
        if (row.Procedure is null)
            read.Error(C.Procedure, procedure.Length == 0 ? l["{0}不能为空，应填写“简易程序”或“一般程序”", C.Procedure] : l["程序类别“{0}”无效，应填写“简易程序”或“一般程序”", procedure]);

        // The domain's rules for the 双公示 entry, reported on the cell that must change.
        if (row.PenaltyCategory is { } category)
        {
            if (category.Contains("罚款", StringComparison.Ordinal) && row.Fine == 0)
                read.Error(C.Fine, l["处罚类别含罚款，罚款金额应大于 0"]);
            if ((category.Contains("暂扣", StringComparison.Ordinal) || category.Contains("吊销", StringComparison.Ordinal)) && row.LicenceAffected is null)
                read.Error(C.LicenceAffected, l["处罚类别含暂扣或吊销证照，应填写证照名称及编号"]);
        }
        return row;
    }

    private sealed class Row(int number)
    {
        public int Number { get; } = number;

        public string? SubjectName { get; init; }

        public string? LegalRepresentative { get; init; }

        public string? DocumentNumber { get; set; }

        public string? ViolationType { get; init; }

        public string? ViolationFacts { get; init; }

        public string? LegalBasis { get; init; }

        public string? PenaltyCategory { get; init; }

        public string? PenaltyContent { get; init; }

        public decimal? Fine { get; init; }

        public decimal? Confiscated { get; init; }

        public string? LicenceAffected { get; init; }

        public DateOnly? DecisionDate { get; init; }

        public string? Authority { get; init; }

        public PenaltyProcedure? Procedure { get; set; }

        /// <summary>The decision, or null when any required cell of the row was refused.</summary>
        public PenaltyDetails? Details(EnterpriseRef enterprise, RecordImportContext context)
        {
            if (SubjectName is null || DocumentNumber is null || ViolationType is null || ViolationFacts is null || LegalBasis is null
                || PenaltyCategory is null || PenaltyContent is null || Fine is null || Confiscated is null || DecisionDate is null
                || Authority is null || Procedure is null)
                return null;
            return new PenaltyDetails
            {
                // The registered name: the file's spelling may differ in its parentheses only.
                SubjectName = enterprise.Name,
                SubjectCategory = enterprise.SubjectType == SubjectType.IndividualBusiness
                    ? PenaltySubjectCategory.IndividualBusiness : PenaltySubjectCategory.LegalEntity,
                SubjectCode = enterprise.Code,
                LegalRepresentative = LegalRepresentative,
                DocumentNumber = DocumentNumber,
                ViolationType = ViolationType,
                ViolationFacts = ViolationFacts,
                LegalBasis = LegalBasis,
                PenaltyCategory = PenaltyCategory,
                PenaltyContent = PenaltyContent,
                FineWanYuan = Fine.Value,
                ConfiscatedWanYuan = Confiscated.Value,
                LicenceAffected = LicenceAffected,
                DecisionDate = DecisionDate.Value,
                Authority = Authority,
                // The bureau's own credit code is known; another authority's is not in the file.
                AuthorityCode = string.Equals(Authority, context.BureauName, StringComparison.Ordinal) ? context.BureauCode : null,
                DataSource = context.BureauName,
                Procedure = Procedure.Value,
            };
        }
    }
}
