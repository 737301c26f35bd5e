using System.Diagnostics;
using FangchengCredit.Data;
using FangchengCredit.Domain.Common;
using FangchengCredit.Domain.Enterprises;
using FangchengCredit.Domain.Grading;
using FangchengCredit.Domain.Identifiers;
using FangchengCredit.Domain.Reference;
using FangchengCredit.Web.Features.Credit;
using FangchengCredit.Web.Features.Enterprises;
using FangchengCredit.Web.Infrastructure;
using FangchengCredit.Web.Infrastructure.Spreadsheets;
using FangchengCredit.Web.Resources;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.Localization;
using C = FangchengCredit.Web.Features.EnterpriseImport.EnterpriseImportColumns;

namespace FangchengCredit.Web.Features.EnterpriseImport;

/// <summary>
/// Imports the enterprise 台账 (domain.md §3 columns), all or nothing: every row is checked first and every problem of every row is
/// reported; only a file without a single problem is saved, in one transaction. Existing codes are updated, new ones registered;
/// people are found by ID number and reused. Used by the import page and the partner API.
/// </summary>
public sealed class EnterpriseImporter(
    AppDbContext db, SpreadsheetReader reader, TimeProvider time, CreditGradingService grading, IStringLocalizer<SharedResource> l,
    ILogger<EnterpriseImporter> logger)
{
    /// <summary>Existing rows are loaded by IN-lists of this size: few round trips, and far below every provider's parameter limit.</summary>
    private const int LookupChunk = 500;

    private static readonly Dictionary<string, int> ColumnOrder =
        C.All.Select((name, index) => (name, index)).ToDictionary(x => x.name, x => x.index, StringComparer.Ordinal);

    /// <summary>Upload limit for the page and the API: a little above the reader's 20 MB, so users get the reader's Chinese message rather than a bare 413.</summary>
    public const long RequestLimit = SpreadsheetReadOptions.DefaultMaxBytes + 1024 * 1024;

    public static SpreadsheetReadOptions ReadOptions { get; } = new() { Columns = C.All };

    public async Task<EnterpriseImportResult> ImportAsync(Stream content, string fileName, CancellationToken cancellationToken = default)
    {
        var clock = Stopwatch.StartNew();
        SpreadsheetTable table;
        try
        {
            table = await reader.ReadAsync(content, fileName, ReadOptions, cancellationToken);
        }
        catch (SpreadsheetException e)
        {
            return new EnterpriseImportResult { Outcome = EnterpriseImportOutcome.Unreadable, Message = e.Message, FileName = fileName };
        }

        var missing = table.MissingColumns(C.Required);
        if (missing.Count > 0)
        {
            return new EnterpriseImportResult
            {
                Outcome = EnterpriseImportOutcome.MissingColumns,
                MissingColumns = missing,
                Message = l["表头缺少必需的列：{0}。请使用导入模板的表头。", string.Join("、", missing)],
                FileName = fileName,
            };
        }
        if (table.Rows.Count == 0)
            return new EnterpriseImportResult { Outcome = EnterpriseImportOutcome.Unreadable, Message = l["文件中只有表头，没有数据行。"], FileName = fileName };

        var errors = new List<RowError>();
        var rows = table.Rows.Select(r => ParseRow(r, errors)).ToList();
        CheckDuplicatesInFile(rows, errors);

        var reference = await ReferenceLookup.LoadAsync(db, cancellationToken);
        var existing = await LoadEnterprisesAsync(rows.Select(r => r.Code).OfType<string>(), cancellationToken);
        var people = await LoadPeopleAsync(rows.SelectMany(r => r.People).Select(p => p.IdNumber).OfType<string>(), cancellationToken);
        foreach (var row in rows) CheckAgainstStore(row, reference, existing, people, errors);

        if (errors.Count == 0)
        {
            // Tens of thousands of tracked entities: changes are detected once, by AppDbContext at the start of the save,
            // not on every Add, not again inside EF's own save, and not over the audit entries it adds afterwards.
            db.ChangeTracker.AutoDetectChangesEnabled = false;
            try
            {
                var gradingFactsBefore = existing.Values.Select(e => (Enterprise: e, Facts: EnterpriseRegistry.GradingFactsOf(e))).ToList();
                var (created, updated) = Apply(rows, reference, existing, people, errors);
                if (errors.Count == 0)
                {
                    try
                    {
                        // Tens of thousands of new rows (enterprises, people, links and their audit entries): the fast insert path.
                        using (db.UseBulkInserts())
                            await db.SaveChangesAsync(cancellationToken);
                    }
                    catch (DbUpdateException e)
                    {
                        // DbUpdateConcurrencyException included: an enterprise edited, or the same code or person registered, meanwhile.
                        db.ChangeTracker.Clear();
                        db.DiscardUntracked();
                        logger.LogWarning(e, "Enterprise import of {Rows} rows rolled back by a concurrent change", rows.Count);
                        return new EnterpriseImportResult
                        {
                            Outcome = EnterpriseImportOutcome.Conflict,
                            Message = l["导入期间有相关企业或人员被他人修改，本次导入未保存任何数据，请重新导入。"],
                            RowCount = rows.Count,
                            FileName = fileName,
                        };
                    }
                    // Updated enterprises whose standardisation or insurance changed are regraded at once, as an edit is.
                    var regrade = gradingFactsBefore.Where(b => EnterpriseRegistry.GradingFactsOf(b.Enterprise) != b.Facts)
                        .Select(b => b.Enterprise.Id).ToList();
                    if (regrade.Count > 0)
                    {
                        db.ChangeTracker.Clear();
                        db.ChangeTracker.AutoDetectChangesEnabled = true;
                        foreach (var id in regrade) await grading.RefreshAsync(id, cancellationToken);
                    }
                    logger.LogInformation(
                        "Enterprise import saved {Rows} rows: {Created} created, {Updated} updated in {ElapsedMs} ms",
                        rows.Count, created.Count, updated.Count, clock.ElapsedMilliseconds);
                    return new EnterpriseImportResult
                    {
                        Outcome = EnterpriseImportOutcome.Saved, Created = created, Updated = updated, RowCount = rows.Count, FileName = fileName,
                    };
                }
                db.ChangeTracker.Clear();
                db.DiscardUntracked();
            }
            finally
            {
                db.ChangeTracker.AutoDetectChangesEnabled = true;
            }
        }

        logger.LogInformation("Enterprise import refused: {Errors} errors in {Rows} rows, nothing saved", errors.Count, rows.Count);
        return new EnterpriseImportResult
        {
            Outcome = EnterpriseImportOutcome.RowErrors,
            Errors = errors.OrderBy(e => e.Row).ThenBy(e => ColumnOrder.GetValueOrDefault(e.Column, int.MaxValue)).ToList(),
            RowCount = rows.Count,
            FileName = fileName,
        };
    }

    private ImportRow ParseRow(SpreadsheetRow cells, List<RowError> errors)
    {
        var row = new ImportRow(cells.Number);
        void Error(string column, string message) => errors.Add(new RowError(cells.Number, column, message));

        row.Code = ParseIdentifier(cells, C.Code, UnifiedSocialCreditCode.Validate, errors);

        row.Name = Required(cells, C.Name, errors);
        if (row.Name?.Length > EnterpriseDetails.NameMaxLength)
            Error(C.Name, l["企业名称不能超过 {0} 个字符", EnterpriseDetails.NameMaxLength]);

        if (Required(cells, C.SubjectType, errors) is { } subject)
        {
            row.SubjectType = EnterpriseNames.Parse<SubjectType>(subject);
            if (row.SubjectType is null)
                Error(C.SubjectType, l["主体类型“{0}”无效，应为：{1}", subject, Names<SubjectType>(v => v.ChineseName())]);
        }

        row.Industry = Required(cells, C.Industry, errors);
        row.Township = Required(cells, C.Township, errors);

        row.Address = Required(cells, C.Address, errors);
        if (row.Address?.Length > EnterpriseDetails.AddressMaxLength)
            Error(C.Address, l["地址不能超过 {0} 个字符", EnterpriseDetails.AddressMaxLength]);

        row.Phone = Required(cells, C.Phone, errors);
        if (row.Phone is not null && !PhoneNumber.IsValid(row.Phone))
            Error(C.Phone, l["联系电话“{0}”格式不正确（如 13800138000、0377-67123456）", row.Phone]);

        row.LegalRepresentative = ParsePerson(cells, C.LegalRepresentative, C.LegalRepresentativeId, required: true, errors);
        row.Principal = ParsePerson(cells, C.Principal, C.PrincipalId, required: true, errors);
        row.ActualController = ParsePerson(cells, C.ActualController, C.ActualControllerId, required: false, errors);

        if (!cells.IsEmpty(C.RiskLevel))
        {
            row.RiskLevel = EnterpriseNames.Parse<RiskLevel>(cells[C.RiskLevel]);
            if (row.RiskLevel is null)
                Error(C.RiskLevel, l["安全风险等级“{0}”无效，应为：{1}", cells[C.RiskLevel], Names<RiskLevel>(v => v.ChineseName())]);
        }

        if (!cells.IsEmpty(C.MajorHazardSource))
        {
            row.MajorHazardSource = cells[C.MajorHazardSource] switch
            {
                "是" => true,
                "否" => false,
                _ => null,
            };
            if (row.MajorHazardSource is null)
                Error(C.MajorHazardSource, l["重大危险源“{0}”无效，应填写“是”或“否”", cells[C.MajorHazardSource]]);
        }

        if (!cells.IsEmpty(C.Standardisation))
        {
            row.Standardisation = EnterpriseNames.Parse<StandardisationGrade>(cells[C.Standardisation]);
            if (row.Standardisation is null)
                Error(C.Standardisation, l["标准化等级“{0}”无效，应为：{1}", cells[C.Standardisation], Names<StandardisationGrade>(v => v.ChineseName())]);
        }

        if (!cells.IsEmpty(C.InsuranceValidUntil))
        {
            if (SpreadsheetText.TryParseDate(cells[C.InsuranceValidUntil], out var until)) row.InsuranceValidUntil = until;
            else Error(C.InsuranceValidUntil, l["日期“{0}”格式不正确，应为 yyyy-MM-dd 或 yyyy/MM/dd", cells[C.InsuranceValidUntil]]);
        }
        return row;
    }

    private string? Required(SpreadsheetRow cells, string column, List<RowError> errors)
    {
        if (!cells.IsEmpty(column)) return cells[column];
        errors.Add(new RowError(cells.Number, column, l["{0}不能为空", column]));
        return null;
    }

    /// <returns>The normalised identifier, or null (with the validator's precise reason recorded) when it is invalid.</returns>
    private string? ParseIdentifier(SpreadsheetRow cells, string column, Func<string?, DomainError?> validate, List<RowError> errors)
    {
        var text = cells[column];
        if (text.Length == 0)
        {
            errors.Add(new RowError(cells.Number, column, l["{0}不能为空", column]));
            return null;
        }
        var error = validate(text);
        if (error is null) return text.Trim().ToUpperInvariant();
        var message = cells.WasNumber(column)
            ? error.Message + l["（该单元格是数字格式，Excel 只保留 15 位有效数字；请把此列设置为“文本”格式后重新填写）"]
            : error.Message;
        errors.Add(new RowError(cells.Number, column, message));
        return null;
    }

    private PersonCell? ParsePerson(SpreadsheetRow cells, string nameColumn, string idColumn, bool required, List<RowError> errors)
    {
        if (!required && cells.IsEmpty(nameColumn) && cells.IsEmpty(idColumn)) return null;
        if (!required && cells.IsEmpty(nameColumn))
        {
            errors.Add(new RowError(cells.Number, nameColumn, l["填写了{0}，请同时填写{1}", idColumn, nameColumn]));
            ParseIdentifier(cells, idColumn, ResidentIdNumber.Validate, errors);
            return null;
        }
        var name = required ? Required(cells, nameColumn, errors) : cells[nameColumn];
        if (name?.Length > Person.NameMaxLength)
        {
            errors.Add(new RowError(cells.Number, nameColumn, l["姓名不能超过 {0} 个字符", Person.NameMaxLength]));
            name = null;
        }
        if (!required && cells.IsEmpty(idColumn))
        {
            errors.Add(new RowError(cells.Number, idColumn, l["填写了{0}，请同时填写{1}", nameColumn, idColumn]));
            return null;
        }
        var id = ParseIdentifier(cells, idColumn, ResidentIdNumber.Validate, errors);
        return new PersonCell(name, id, nameColumn, idColumn);
    }

    private void CheckDuplicatesInFile(List<ImportRow> rows, List<RowError> errors)
    {
        var codes = new Dictionary<string, int>(StringComparer.Ordinal);
        var names = new Dictionary<string, (int Row, string Column, string Name)>(StringComparer.Ordinal);
        foreach (var row in rows)
        {
            if (row.Code is { } code)
            {
                if (codes.TryGetValue(code, out var first))
                {
                    errors.Add(new RowError(row.Number, C.Code, l["与第 {0} 行的统一社会信用代码重复", first]));
                    row.Code = null;
                }
                else
                {
                    codes[code] = row.Number;
                }
            }
            foreach (var person in row.People)
            {
                if (person.IdNumber is not { } id || person.Name is not { } name) continue;
                if (!names.TryGetValue(id, out var seen)) names[id] = (row.Number, person.NameColumn, name);
                else if (!string.Equals(seen.Name, name, StringComparison.Ordinal))
                    errors.Add(new RowError(row.Number, person.IdColumn,
                        l["该身份证号在第 {0} 行“{1}”中对应的姓名是“{2}”，与本行姓名“{3}”不一致", seen.Row, seen.Column, seen.Name, name]));
            }
        }
    }

    private void CheckAgainstStore(
        ImportRow row, ReferenceLookup reference, Dictionary<string, Enterprise> existing, Dictionary<string, Person> people, List<RowError> errors)
    {
        void Error(string column, string message) => errors.Add(new RowError(row.Number, column, message));
        var current = row.Code is { } code ? existing.GetValueOrDefault(code) : null;

        if (row.Industry is { } industryName)
        {
            var industry = reference.Industry(industryName);
            if (industry is null)
                Error(C.Industry, l["行业“{0}”不存在，可填写：{1}", industryName, string.Join("、", reference.ActiveIndustryNames)]);
            else if (!industry.IsActive && current?.IndustryId != industry.Id)
                Error(C.Industry, l["行业“{0}”已停用，不能用于新登记或变更行业的企业", industryName]);
            else
                row.IndustryId = industry.Id;
        }

        if (row.Township is { } townshipName)
        {
            var township = reference.Township(townshipName);
            if (township is null)
                Error(C.Township, l["乡镇街道“{0}”不存在，请填写基础数据中的乡镇街道名称（如 {1}）", townshipName, reference.ActiveTownshipNames.FirstOrDefault() ?? string.Empty]);
            else if (!township.IsActive && current?.TownshipCode != township.Code)
                Error(C.Township, l["乡镇街道“{0}”已停用，不能用于新登记或变更乡镇街道的企业", townshipName]);
            else
                row.TownshipCode = township.Code;
        }

        foreach (var person in row.People)
        {
            if (person.IdNumber is { } id && person.Name is { } name && people.TryGetValue(id, out var known)
                && !string.Equals(known.Name, name, StringComparison.Ordinal))
                Error(person.IdColumn, l["该身份证号已登记为“{0}”，与本行{1}“{2}”不一致；如姓名有误，请先在人员页面更正", known.Name, person.NameColumn, name]);
        }

        if (current?.Status == OperatingStatus.Deregistered)
        {
            if (WouldChange(current, PersonRole.LegalRepresentative, row.LegalRepresentative))
                Error(C.LegalRepresentative, l["该企业已注销，不能变更{0}", C.LegalRepresentative]);
            if (WouldChange(current, PersonRole.Principal, row.Principal))
                Error(C.Principal, l["该企业已注销，不能变更{0}", C.Principal]);
            if (ControllerWouldChange(current, row.ActualController))
                Error(C.ActualController, l["该企业已注销，不能变更{0}", C.ActualController]);
        }
    }

    private static bool WouldChange(Enterprise enterprise, PersonRole role, PersonCell? cell) =>
        cell?.IdNumber is { } id && enterprise.Holder(role)?.IdNumber != id;

    /// <summary>A named actual controller replaces all others, so anything but exactly that one person is a change.</summary>
    private static bool ControllerWouldChange(Enterprise enterprise, PersonCell? cell) =>
        cell?.IdNumber is { } id
        && !enterprise.People.Where(p => p.Role == PersonRole.ActualController).Select(p => p.Person.IdNumber).Distinct().SequenceEqual([id]);

    private (List<string> Created, List<string> Updated) Apply(
        List<ImportRow> rows, ReferenceLookup reference, Dictionary<string, Enterprise> existing, Dictionary<string, Person> people, List<RowError> errors)
    {
        var today = BureauClock.Today(time);
        var created = new List<string>();
        var updated = new List<string>();
        foreach (var row in rows)
        {
            try
            {
                var code = row.Code!;
                if (existing.TryGetValue(code, out var enterprise))
                {
                    enterprise.UpdateDetails(row.Details(enterprise.Details));
                    updated.Add(code);
                }
                else
                {
                    var details = row.Details(new EnterpriseDetails { Name = row.Name!, IndustryId = row.IndustryId, TownshipCode = row.TownshipCode! });
                    enterprise = Enterprise.Register(UnifiedSocialCreditCode.Parse(code), details, today);
                    // Written with its appointments and new people by the save, without EF tracking them (AddUntracked).
                    db.AddUntracked(enterprise);
                    existing[code] = enterprise;
                    created.Add(code);
                }
                // Appointing only on a real change keeps a re-import of an unchanged row from touching the enterprise
                // (and lets deregistered enterprises, which refuse every appointment, stay in the 台账).
                if (WouldChange(enterprise, PersonRole.LegalRepresentative, row.LegalRepresentative))
                    enterprise.Appoint(PersonFor(row.LegalRepresentative!, people), PersonRole.LegalRepresentative, today);
                if (WouldChange(enterprise, PersonRole.Principal, row.Principal))
                    enterprise.Appoint(PersonFor(row.Principal!, people), PersonRole.Principal, today);
                if (ControllerWouldChange(enterprise, row.ActualController))
                {
                    var controller = PersonFor(row.ActualController!, people);
                    // The row names the enterprise's actual controller: whoever else was recorded as one is no longer.
                    foreach (var other in enterprise.People.Where(p => p.Role == PersonRole.ActualController && !ReferenceEquals(p.Person, controller)).Select(p => p.PersonId).Distinct().ToList())
                        enterprise.RemoveActualController(other);
                    enterprise.Appoint(controller, PersonRole.ActualController, today);
                }
            }
            catch (DomainException e)
            {
                errors.Add(new RowError(row.Number, string.Empty, e.Message));
            }
        }
        return (created, updated);
    }

    private Person PersonFor(PersonCell cell, Dictionary<string, Person> people)
    {
        if (people.TryGetValue(cell.IdNumber!, out var person)) return person;
        // Not added: the save finds a new person through the appointments that name them.
        person = Person.Create(cell.Name!, ResidentIdNumber.Parse(cell.IdNumber!));
        people[cell.IdNumber!] = person;
        return person;
    }

    private async Task<Dictionary<string, Enterprise>> LoadEnterprisesAsync(IEnumerable<string> codes, CancellationToken cancellationToken)
    {
        var result = new Dictionary<string, Enterprise>(StringComparer.Ordinal);
        foreach (var chunk in codes.Distinct(StringComparer.Ordinal).Chunk(LookupChunk))
        {
            // Tracked: these are the aggregates the import updates.
            var found = await db.Enterprises
                .Include(e => e.People).ThenInclude(p => p.Person)
                .Where(e => chunk.Contains(e.Code))
                .AsSplitQuery()
                .ToListAsync(cancellationToken);
            foreach (var enterprise in found) result[enterprise.Code] = enterprise;
        }
        return result;
    }

    private async Task<Dictionary<string, Person>> LoadPeopleAsync(IEnumerable<string> idNumbers, CancellationToken cancellationToken)
    {
        var result = new Dictionary<string, Person>(StringComparer.Ordinal);
        foreach (var chunk in idNumbers.Distinct(StringComparer.Ordinal).Chunk(LookupChunk))
        {
            var found = await db.People.Where(p => chunk.Contains(p.IdNumber)).ToListAsync(cancellationToken);
            foreach (var person in found) result[person.IdNumber] = person;
        }
        return result;
    }

    private static string Names<T>(Func<T, string> name) where T : struct, Enum => string.Join("、", Enum.GetValues<T>().Select(name));

    private sealed record PersonCell(string? Name, string? IdNumber, string NameColumn, string IdColumn);

    private sealed class ImportRow(int number)
    {
        public int Number { get; } = number;

        public string? Code { get; set; }

        public string? Name { get; set; }

        public SubjectType? SubjectType { get; set; }

        public string? Industry { get; set; }

        public int IndustryId { get; set; }

        public string? Township { get; set; }

        public string? TownshipCode { get; set; }

        public string? Address { get; set; }

        public string? Phone { get; set; }

        public PersonCell? LegalRepresentative { get; set; }

        public PersonCell? Principal { get; set; }

        public PersonCell? ActualController { get; set; }

        public RiskLevel? RiskLevel { get; set; }

        public bool? MajorHazardSource { get; set; }

        public StandardisationGrade? Standardisation { get; set; }

        public DateOnly? InsuranceValidUntil { get; set; }

        public IEnumerable<PersonCell> People =>
            new[] { LegalRepresentative, Principal, ActualController }.OfType<PersonCell>();

        /// <summary>The row's facts over <paramref name="current"/>: an empty optional cell keeps what the portal has.</summary>
        public EnterpriseDetails Details(EnterpriseDetails current) => current with
        {
            Name = Name!,
            SubjectType = SubjectType!.Value,
            IndustryId = IndustryId,
            TownshipCode = TownshipCode!,
            Address = Address,
            ContactPhone = Phone,
            RiskLevel = RiskLevel ?? current.RiskLevel,
            HasMajorHazardSource = MajorHazardSource ?? current.HasMajorHazardSource,
            Standardisation = Standardisation ?? current.Standardisation,
            LiabilityInsuranceValidUntil = InsuranceValidUntil ?? current.LiabilityInsuranceValidUntil,
        };
    }

    /// <summary>Industries and townships by the names staff write (townships also by their 9-digit code), read once per import.</summary>
    private sealed class ReferenceLookup
    {
        private readonly Dictionary<string, Industry> _industries;
        private readonly Dictionary<string, TownshipUnit> _townships;

        private ReferenceLookup(List<Industry> industries, List<TownshipUnit> townships)
        {
            _industries = industries.GroupBy(i => i.Name, StringComparer.Ordinal).ToDictionary(g => g.Key, g => g.First(), StringComparer.Ordinal);
            _townships = new Dictionary<string, TownshipUnit>(StringComparer.Ordinal);
            foreach (var t in townships) _townships[t.Code] = t;
            foreach (var t in townships.OrderBy(t => t.IsActive ? 0 : 1)) _townships.TryAdd(t.Name, t);
            ActiveIndustryNames = industries.Where(i => i.IsActive).OrderBy(i => i.SortOrder).Select(i => i.Name).ToList();
            ActiveTownshipNames = townships.Where(t => t.IsActive).OrderBy(t => t.SortOrder).Select(t => t.Name).ToList();
        }

        public IReadOnlyList<string> ActiveIndustryNames { get; }

        public IReadOnlyList<string> ActiveTownshipNames { get; }

        public static async Task<ReferenceLookup> LoadAsync(AppDbContext db, CancellationToken cancellationToken) =>
            new(await db.Industries.AsNoTracking().ToListAsync(cancellationToken), await db.Townships.AsNoTracking().ToListAsync(cancellationToken));

        public Industry? Industry(string name) => _industries.GetValueOrDefault(name.Trim());

        public TownshipUnit? Township(string nameOrCode) => _townships.GetValueOrDefault(nameOrCode.Trim());
    }
}
