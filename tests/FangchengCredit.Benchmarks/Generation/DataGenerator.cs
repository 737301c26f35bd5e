using System.Data.Common;
using System.Diagnostics;
using System.Globalization;
using FangchengCredit.Data;
using FangchengCredit.Domain.Accidents;
using FangchengCredit.Domain.Enterprises;
using FangchengCredit.Domain.Grading;
using FangchengCredit.Domain.Identifiers;
using FangchengCredit.Domain.Records;
using FangchengCredit.Domain.Reference;
using Microsoft.EntityFrameworkCore;

namespace FangchengCredit.Benchmarks.Generation;

/// <summary>
/// Deterministic data set for the benchmarks: the real migrations first (through the app's <see cref="AppDbContext"/>), the
/// reference lists as the portal seeds them, then enterprises, their people and credit records bulk-inserted with plain
/// ADO.NET batches in one transaction. It is a generator, not the app: the rows are NOT audited and no grades are written
/// (the measured regrade writes them).
/// </summary>
public static class DataGenerator
{
    public const string Division = "411322";
    public const string RecordedBy = "benchmark-generator";

    private static readonly string[] Surnames = ["王", "李", "张", "刘", "陈", "杨", "赵", "黄", "周", "吴", "徐", "孙", "马", "朱", "胡", "郭", "何", "高", "林", "罗"];
    private static readonly string[] GivenNames = ["伟", "芳", "娜", "敏", "静", "磊", "强", "军", "洋", "勇", "艳", "杰", "涛", "明", "超", "秀英", "建国", "志强", "海燕", "春梅"];
    private static readonly string[] Words = ["宏达", "鑫源", "恒通", "金盛", "华丰", "永安", "兴旺", "瑞祥", "天成", "博远", "裕隆", "汇丰", "中原", "伏牛", "方正", "盛世"];
    private static readonly string[] Trades = ["建材", "化工", "机械", "食品", "木业", "矿业", "纺织", "物流", "商贸", "农业", "电力", "冶金"];
    private static readonly string[] Suffixes = ["有限公司", "有限责任公司", "股份有限公司", "厂", "合作社"];

    public static async Task<GeneratorResult> GenerateAsync(GeneratorOptions options, TextWriter? log = null, CancellationToken cancellationToken = default)
    {
        ArgumentNullException.ThrowIfNull(options);
        var clock = Stopwatch.StartNew();
        await using var db = CreateContext(options.Provider, options.ConnectionString);
        await db.Database.MigrateAsync(cancellationToken);
        await SeedReferenceAsync(db, cancellationToken);
        if (await db.Enterprises.AnyAsync(cancellationToken))
            throw new InvalidOperationException("The database already has enterprises; generate into an empty database.");
        log?.WriteLine($"migrated in {clock.Elapsed.TotalSeconds:F1} s");

        var industries = await db.Industries.AsNoTracking().OrderBy(i => i.Id).Select(i => i.Id).ToListAsync(cancellationToken);
        var townships = await db.Townships.AsNoTracking().OrderBy(t => t.Code).Select(t => t.Code).ToListAsync(cancellationToken);

        var connection = db.Database.GetDbConnection();
        await db.Database.OpenConnectionAsync(cancellationToken);
        await using var transaction = await connection.BeginTransactionAsync(cancellationToken);
        var identity = new IdentityInsert(options.Provider, connection, transaction);
        var random = new Random(options.Seed);
        var result = new GeneratorResult();
        var now = DateTime.SpecifyKind(options.Today.ToDateTime(new TimeOnly(1, 0)).AddHours(-8), DateTimeKind.Utc);

        // Enterprises and their people.
        var legalRepresentative = new long[options.Enterprises + 1];
        await identity.OnAsync("Enterprises");
        await using (var enterprises = new BatchInserter(connection, transaction, "Enterprises",
            "Id", "Code", "Name", "SubjectType", "IndustryId", "TownshipCode", "Address", "ContactPhone", "RiskLevel",
            "HasMajorHazardSource", "Standardisation", "LiabilityInsuranceValidUntil", "Status", "RegisteredOn", "Version"))
        {
            for (var id = 1; id <= options.Enterprises; id++)
            {
                var suffix = Suffixes[random.Next(Suffixes.Length)];
                var type = suffix == "合作社" ? SubjectType.FarmerCooperative : random.Next(10) == 0 ? SubjectType.IndividualBusiness : SubjectType.Enterprise;
                var name = $"方城县{Words[random.Next(Words.Length)]}{Trades[random.Next(Trades.Length)]}{id.ToString(CultureInfo.InvariantCulture)}{suffix}";
                var risk = Pick(random, (RiskLevel.Major, 3), (RiskLevel.Larger, 12), (RiskLevel.General, 45), (RiskLevel.Low, 40));
                var standardisation = Pick(random, (StandardisationGrade.None, 70), (StandardisationGrade.Level3, 20), (StandardisationGrade.Level2, 8), (StandardisationGrade.Level1, 2));
                DateOnly? insurance = random.Next(100) < 60 ? options.Today.AddDays(random.Next(-200, 365)) : null;
                var status = Pick(random, (OperatingStatus.Operating, 92), (OperatingStatus.SuspendedForRectification, 3), (OperatingStatus.Deregistered, 5));
                await enterprises.AddAsync(
                    (long)id, EnterpriseCode(options.Seed, id), name, (int)type, industries[random.Next(industries.Count)],
                    townships[random.Next(townships.Count)], $"方城县{Words[random.Next(Words.Length)]}路{random.Next(1, 300)}号",
                    $"0377-{random.Next(10_000_000, 99_999_999)}", (int)risk, random.Next(100) < 5, (int)standardisation, insurance,
                    (int)status, new DateOnly(2000, 1, 1).AddDays(random.Next(9_000)), 0);
            }
            await enterprises.FlushAsync();
            result.Enterprises = enterprises.Inserted;
        }
        await identity.OffAsync("Enterprises");

        await identity.OnAsync("People");
        var links = new List<(long Enterprise, long Person, PersonRole Role, DateOnly Since)>(options.Enterprises * 13 / 10);
        await using (var people = new BatchInserter(connection, transaction, "People", "Id", "Name", "IdNumber", "Phone", "Version"))
        {
            long personId = 0;
            for (var id = 1; id <= options.Enterprises; id++)
            {
                var roles = random.Next(100) < 30 ? 2 : 1;
                for (var r = 0; r < roles; r++)
                {
                    personId++;
                    await people.AddAsync(personId, PersonName(random), IdNumber(options.Seed, personId), $"13{random.Next(100_000_000, 999_999_999)}", 0);
                    var role = r == 0 ? PersonRole.LegalRepresentative : PersonRole.Principal;
                    if (r == 0) legalRepresentative[id] = personId;
                    links.Add((id, personId, role, new DateOnly(2005, 1, 1).AddDays(random.Next(7_000))));
                }
            }
            await people.FlushAsync();
            result.People = people.Inserted;
        }
        await identity.OffAsync("People");

        await identity.OnAsync("EnterprisePeople");
        await using (var enterprisePeople = new BatchInserter(connection, transaction, "EnterprisePeople", "Id", "EnterpriseId", "PersonId", "Role", "Since"))
        {
            long linkId = 0;
            foreach (var (enterprise, person, role, since) in links) await enterprisePeople.AddAsync(++linkId, enterprise, person, (int)role, since);
        }
        await identity.OffAsync("EnterprisePeople");
        log?.WriteLine($"{result.Enterprises} enterprises, {result.People} people in {clock.Elapsed.TotalSeconds:F1} s");

        // Credit records over the last three years, with the accident and penalty details they stand for.
        await identity.OnAsync("CreditRecords");
        var accidents = new List<object?[]>();
        var penalties = new List<object?[]>();
        await using (var records = new BatchInserter(connection, transaction, "CreditRecords",
            "Id", "Kind", "EnterpriseId", "PersonId", "Date", "Title", "DocumentNumber", "Severity", "PublicationEnd", "Status",
            "SourceId", "RecordedBy", "RecordedAtUtc", "ExpiredOn", "Version"))
        {
            // Records whose effect ended before today are stored as the daily job would have left them: expired the day after.
            var policy = new CreditGradingPolicy(GradingRules.Default2026_1);
            for (long id = 1; id <= options.Records; id++)
            {
                var enterprise = random.Next(1, options.Enterprises + 1);
                var date = options.Today.AddDays(-random.Next(3 * 365));
                var kind = Pick(random,
                    (CreditRecordKind.Penalty, 45), (CreditRecordKind.Commendation, 25), (CreditRecordKind.Accident, 10),
                    (CreditRecordKind.CommitmentKept, 10), (CreditRecordKind.CommitmentBreached, 5), (CreditRecordKind.HazardNotRectified, 5));
                long? person = kind == CreditRecordKind.Commendation && random.Next(5) == 0 ? legalRepresentative[enterprise] : null;
                RecordSeverity? severity = null;
                DateOnly? publicationEnd = null;
                string title;
                string? document = null;
                CreditFact fact;
                switch (kind)
                {
                    case CreditRecordKind.Penalty:
                        var penaltySeverity = Pick(random, (PenaltySeverity.Summary, 50), (PenaltySeverity.General, 45), (PenaltySeverity.SuspensionOrLicence, 5));
                        severity = penaltySeverity switch
                        {
                            PenaltySeverity.Summary => RecordSeverity.Minor,
                            PenaltySeverity.General => RecordSeverity.General,
                            _ => RecordSeverity.Serious,
                        };
                        publicationEnd = date.AddYears(penaltySeverity == PenaltySeverity.Summary ? 0 : 1).AddDays(penaltySeverity == PenaltySeverity.Summary ? 90 : 0);
                        document = $"方应急罚〔{date.Year}〕{id}号";
                        title = "未按规定开展安全生产教育和培训";
                        fact = CreditFact.Penalty(id, penaltySeverity, date, CreditRecordStatus.Active);
                        var fine = penaltySeverity == PenaltySeverity.Summary ? random.Next(1, 30) * 100_00L : random.Next(1, 50) * 10_000_00L;
                        penalties.Add([id, (long)enterprise, $"方城县企业{enterprise}", (int)PenaltySubjectCategory.LegalEntity, EnterpriseCode(options.Seed, enterprise),
                            PersonName(random), document, "安全生产违法行为", "经查，该单位未按规定对从业人员进行安全生产教育和培训。",
                            "《中华人民共和国安全生产法》第九十七条", "罚款", "罚款人民币若干元", fine, 0L, null, date,
                            publicationEnd, "方城县应急管理局", null, "方城县应急管理局",
                            (int)(penaltySeverity == PenaltySeverity.Summary ? PenaltyProcedure.Summary : PenaltyProcedure.General), (int)penaltySeverity, 0]);
                        break;
                    case CreditRecordKind.Accident:
                        var grade = Pick(random, (AccidentGrade.General, 900), (AccidentGrade.Larger, 80), (AccidentGrade.Major, 18), (AccidentGrade.ExtraordinarilyMajor, 2));
                        var liability = random.Next(100) < 70;
                        var concealed = liability && random.Next(100) < 3;
                        severity = liability ? grade >= AccidentGrade.Larger || concealed ? RecordSeverity.Serious : RecordSeverity.General : null;
                        title = $"{grade switch { AccidentGrade.General => "一般", AccidentGrade.Larger => "较大", AccidentGrade.Major => "重大", _ => "特别重大" }}生产安全事故";
                        var deaths = grade switch { AccidentGrade.General => random.Next(0, 3), AccidentGrade.Larger => random.Next(3, 10), AccidentGrade.Major => random.Next(10, 30), _ => 30 + random.Next(10) };
                        var injuries = random.Next(0, 5);
                        fact = CreditFact.Accident(id, date, grade, liability, deaths, injuries, concealed, CreditRecordStatus.Active);
                        accidents.Add([id, (long)enterprise, date, "生产车间", deaths, injuries, random.Next(1, 500) * 10_000L,
                            "作业过程中发生的事故。", liability, concealed, (int)grade, 0]);
                        break;
                    case CreditRecordKind.Commendation:
                        title = "安全生产先进单位";
                        document = $"方政〔{date.Year}〕{id}号";
                        fact = CreditFact.Commendation(id, date, CreditRecordStatus.Active);
                        break;
                    case CreditRecordKind.CommitmentKept:
                        title = "信用承诺已履行";
                        fact = CreditFact.CommitmentKept(id, date, CreditRecordStatus.Active);
                        break;
                    case CreditRecordKind.CommitmentBreached:
                        title = "违反信用承诺";
                        severity = RecordSeverity.General;
                        fact = CreditFact.CommitmentBreached(id, date, CreditRecordStatus.Active);
                        break;
                    default:
                        title = "重大事故隐患逾期未整改";
                        severity = random.Next(4) == 0 ? RecordSeverity.Serious : RecordSeverity.General;
                        fact = CreditFact.HazardNotRectified(id, date, CreditRecordStatus.Active);
                        break;
                }
                var counted = policy.LastDayCounted(fact);
                DateOnly? lastEffective = (counted, publicationEnd) switch
                {
                    (null, null) => null,
                    ({ } c, null) => c,
                    (null, { } p) => p,
                    ({ } c, { } p) => c > p ? c : p,
                };
                DateOnly? expiredOn = lastEffective is { } last && options.Today > last ? last.AddDays(1) : null;
                await records.AddAsync(id, (int)kind, (long)enterprise, person, date, title, document, (int?)severity, publicationEnd,
                    (int)(expiredOn is null ? CreditRecordStatus.Active : CreditRecordStatus.Expired), null, RecordedBy, now, expiredOn, 0);
            }
            await records.FlushAsync();
            result.Records = records.Inserted;
        }
        await identity.OffAsync("CreditRecords");

        await using (var inserter = new BatchInserter(connection, transaction, "Accidents",
            "Id", "EnterpriseId", "OccurredOn", "Place", "Deaths", "SeriousInjuries", "DirectLossYuan", "Description", "IsLiability", "Concealed", "Grade", "Version"))
        {
            foreach (var row in accidents) await inserter.AddAsync(row);
            await inserter.FlushAsync();
            result.Accidents = inserter.Inserted;
        }
        await using (var inserter = new BatchInserter(connection, transaction, "AdministrativePenalties",
            "Id", "EnterpriseId", "SubjectName", "SubjectCategory", "SubjectCode", "LegalRepresentative", "DocumentNumber", "ViolationType",
            "ViolationFacts", "LegalBasis", "PenaltyCategory", "PenaltyContent", "FineFen", "ConfiscatedFen", "LicenceAffected", "DecisionDate",
            "ValidUntil", "Authority", "AuthorityCode", "DataSource", "Procedure", "Severity", "Version"))
        {
            foreach (var row in penalties) await inserter.AddAsync(row);
            await inserter.FlushAsync();
            result.Penalties = inserter.Inserted;
        }

        await identity.ResetSequencesAsync(["Enterprises", "People", "EnterprisePeople", "CreditRecords"]);
        await transaction.CommitAsync(cancellationToken);
        if (options.Provider == DatabaseProviders.Sqlite)
        {
            await using var analyse = connection.CreateCommand();
            analyse.CommandText = "ANALYZE";
            await analyse.ExecuteNonQueryAsync(cancellationToken);
        }
        await db.Database.CloseConnectionAsync();
        result.Elapsed = clock.Elapsed;
        log?.WriteLine($"{result} in {clock.Elapsed.TotalSeconds:F1} s");
        return result;
    }

    /// <summary>A valid 统一社会信用代码 of 方城县 for the n-th generated enterprise: unique per (seed, n) for n below 10 million.</summary>
    public static string EnterpriseCode(int seed, long n)
    {
        var body = ((((long)seed % 10) * 10_000_000) + n).ToString("D8", CultureInfo.InvariantCulture);
        return UnifiedSocialCreditCode.Create('9', '1', Division, body).Value;
    }

    /// <summary>A valid 居民身份证号 issued in 方城县 for the n-th generated person: unique for n below 20 million.</summary>
    public static string IdNumber(int seed, long n)
    {
        var birth = new DateOnly(1950, 1, 1).AddDays((int)((n + seed) % 18_000));
        var sequence = ((n + seed) / 18_000 % 1_000).ToString("D3", CultureInfo.InvariantCulture);
        var first17 = Division + birth.ToString("yyyyMMdd", CultureInfo.InvariantCulture) + sequence;
        return first17 + ResidentIdNumber.ComputeCheckCharacter(first17);
    }

    public static AppDbContext CreateContext(string provider, string connectionString)
    {
        var builder = new DbContextOptionsBuilder<AppDbContext>();
        var migrations = DatabaseProviders.MigrationsAssembly(provider);
        _ = provider switch
        {
            DatabaseProviders.SqlServer => builder.UseSqlServer(connectionString, o => o.MigrationsAssembly(migrations).CommandTimeout(600)),
            DatabaseProviders.PostgreSql => builder.UseNpgsql(connectionString, o => o.MigrationsAssembly(migrations).CommandTimeout(600)),
            _ => builder.UseSqlite(connectionString, o => o.MigrationsAssembly(migrations).CommandTimeout(600)),
        };
        return new AppDbContext(builder.Options);
    }

    /// <summary>The reference lists exactly as the portal's ReferenceSeed writes them into an empty database.</summary>
    private static async Task SeedReferenceAsync(AppDbContext db, CancellationToken cancellationToken)
    {
        if (!await db.Industries.AnyAsync(cancellationToken))
        {
            var order = 0;
            foreach (var name in ReferenceData.Industries) db.Industries.Add(new Industry(name, ++order * 10));
        }
        if (!await db.Townships.AnyAsync(cancellationToken))
        {
            var order = 0;
            foreach (var t in ReferenceData.Townships) db.Townships.Add(new TownshipUnit(t.Code, t.Name, ++order * 10));
        }
        await db.SaveChangesAsync(cancellationToken);
    }

    private static string PersonName(Random random) => Surnames[random.Next(Surnames.Length)] + GivenNames[random.Next(GivenNames.Length)];

    private static T Pick<T>(Random random, params (T Value, int Weight)[] choices)
    {
        var total = choices.Sum(c => c.Weight);
        var roll = random.Next(total);
        foreach (var (value, weight) in choices)
        {
            if (roll < weight) return value;
            roll -= weight;
        }
        return choices[^1].Value;
    }

    /// <summary>Explicit ids need SET IDENTITY_INSERT on SQL Server and a sequence reset on PostgreSQL.</summary>
    private sealed class IdentityInsert(string provider, DbConnection connection, DbTransaction transaction)
    {
        public Task OnAsync(string table) => provider == DatabaseProviders.SqlServer ? ExecuteAsync($"SET IDENTITY_INSERT \"{table}\" ON") : Task.CompletedTask;

        public Task OffAsync(string table) => provider == DatabaseProviders.SqlServer ? ExecuteAsync($"SET IDENTITY_INSERT \"{table}\" OFF") : Task.CompletedTask;

        public async Task ResetSequencesAsync(IEnumerable<string> tables)
        {
            if (provider != DatabaseProviders.PostgreSql) return;
            foreach (var table in tables)
                await ExecuteAsync($"SELECT setval(pg_get_serial_sequence('\"{table}\"', 'Id'), COALESCE((SELECT MAX(\"Id\") FROM \"{table}\"), 0) + 1, false)");
        }

        private async Task ExecuteAsync(string sql)
        {
            await using var command = connection.CreateCommand();
            command.Transaction = transaction;
            command.CommandText = sql;
            await command.ExecuteNonQueryAsync();
        }
    }
}

public sealed class GeneratorResult
{
    public long Enterprises { get; set; }

    public long People { get; set; }

    public long Records { get; set; }

    public long Accidents { get; set; }

    public long Penalties { get; set; }

    public TimeSpan Elapsed { get; set; }

    public override string ToString() =>
        $"{Enterprises} enterprises, {People} people, {Records} records ({Accidents} accidents, {Penalties} penalties)";
}
