using System.Globalization;
using FangchengCredit.Data;
using FangchengCredit.Data.Auditing;
using FangchengCredit.Domain.Enterprises;
using FangchengCredit.Domain.Grading;
using FangchengCredit.Web.Features.Admin.Audit;
using FangchengCredit.Web.Resources;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.Localization;

namespace FangchengCredit.Web.Features.Enterprises;

public sealed record HistoryChange(string Label, string? Before, string? After);

/// <summary>One readable line of an enterprise's change history (变更记录).</summary>
public sealed record HistoryItem(long Sequence, DateTime TimestampUtc, string? UserName, string Action, string Title, IReadOnlyList<HistoryChange> Changes);

/// <summary>
/// The change history of one enterprise and its people, read from the audit trail with index lookups only:
/// <list type="bullet">
/// <item>the enterprise's own entries (EntityType "Enterprise", key = id);</item>
/// <item>entries of its current person links (EntityType "EnterprisePerson", key = link id);</item>
/// <item>entries of links written in the same save as one of the enterprise's entries (same timestamp), kept when their JSON names
/// the enterprise — this finds links that were removed since, because every registry save that changes the people also bumps the
/// enterprise's version (see <see cref="EnterpriseRegistry"/>);</item>
/// <item>changes to the current people themselves, and deliberate reveals of their ID numbers made for this enterprise.</item>
/// </list>
/// </summary>
public sealed class EnterpriseHistory(AppDbContext db, IStringLocalizer<SharedResource> l)
{
    public const string EnterpriseEntity = "Enterprise";
    public const string LinkEntity = "EnterprisePerson";
    public const string PersonEntity = "Person";
    public const string RevealedAction = "Revealed";
    public const string RevealEnterpriseKey = "enterprise";
    public const string RevealReasonKey = "reason";

    /// <summary>An enterprise's history is short; this only guards the page against a pathological one.</summary>
    public const int MaxItems = 200;

    private static readonly HashSet<string> Hidden = new(StringComparer.Ordinal) { "Id", "Version", "EnterpriseId", "PersonId" };

    public async Task<IReadOnlyList<HistoryItem>> ForEnterpriseAsync(
        long enterpriseId, string code, IReadOnlyCollection<long> linkIds, IReadOnlyCollection<long> personIds, CancellationToken cancellationToken = default)
    {
        var key = Key(enterpriseId);
        var own = await db.AuditEntries.AsNoTracking()
            .Where(e => e.EntityType == EnterpriseEntity && e.EntityKey == key)
            .OrderByDescending(e => e.Sequence).Take(MaxItems)
            .ToListAsync(cancellationToken);

        var linkKeys = linkIds.Select(Key).ToList();
        var links = linkKeys.Count == 0 ? [] : await db.AuditEntries.AsNoTracking()
            .Where(e => e.EntityType == LinkEntity && linkKeys.Contains(e.EntityKey))
            .ToListAsync(cancellationToken);

        var stamps = own.Select(e => e.TimestampUtc).Distinct().ToList();
        var sameSave = stamps.Count == 0 ? [] : await db.AuditEntries.AsNoTracking()
            .Where(e => stamps.Contains(e.TimestampUtc) && e.EntityType == LinkEntity)
            .ToListAsync(cancellationToken);
        links.AddRange(sameSave.Where(e => NamesEnterprise(e.Changes, key)));

        var personKeys = personIds.Select(Key).ToList();
        var people = personKeys.Count == 0 ? [] : await db.AuditEntries.AsNoTracking()
            .Where(e => e.EntityType == PersonEntity && personKeys.Contains(e.EntityKey) && e.Action != "Inserted")
            .ToListAsync(cancellationToken);
        people.RemoveAll(e => e.Action == RevealedAction && !RevealedFor(e.Changes, code));

        var entries = own.Concat(links).Concat(people)
            .DistinctBy(e => e.Sequence)
            .OrderByDescending(e => e.Sequence)
            .Take(MaxItems)
            .ToList();
        if (entries.Count == 0) return [];

        var names = await LookupsAsync(entries, cancellationToken);
        return entries.Select(e => Describe(e, names)).OfType<HistoryItem>().ToList();
    }

    private HistoryItem? Describe(AuditEntry entry, Lookups names)
    {
        var changes = AuditChangeView.Parse(entry.Changes);
        switch (entry.EntityType)
        {
            case EnterpriseEntity:
            {
                var shown = changes.Where(c => !Hidden.Contains(c.Property))
                    .OrderBy(c => FieldOrder(c.Property))
                    .Select(c => new HistoryChange(EnterpriseLabel(c.Property), EnterpriseValue(c.Property, c.Before, names), EnterpriseValue(c.Property, c.After, names)))
                    .ToList();
                // A save that changed only the people bumps the version alone; its link entries tell the story.
                if (shown.Count == 0) return null;
                var title = entry.Action switch
                {
                    "Inserted" => l["登记企业"].Value,
                    "Deleted" => l["删除企业"].Value,
                    _ => changes.Any(c => c.Property == nameof(Enterprise.Status)) && shown.Count == 1 ? l["变更经营状态"].Value : l["修改企业信息"].Value,
                };
                return new HistoryItem(entry.Sequence, entry.TimestampUtc, entry.UserName, entry.Action, title, shown);
            }
            case LinkEntity:
            {
                var role = Enum.TryParse<PersonRole>(Value(changes, nameof(EnterprisePerson.Role)), out var r) ? l[r.ChineseName()].Value : "?";
                var personId = long.TryParse(Value(changes, nameof(EnterprisePerson.PersonId)), NumberStyles.None, CultureInfo.InvariantCulture, out var p) ? p : 0;
                var name = names.People.GetValueOrDefault(personId) ?? "?";
                var title = entry.Action switch
                {
                    "Inserted" => l["任命{0}：{1}", role, name].Value,
                    "Deleted" => l["不再担任{0}：{1}", role, name].Value,
                    _ => l["人员职务变更：{0}", name].Value,
                };
                var since = Value(changes, nameof(EnterprisePerson.Since));
                IReadOnlyList<HistoryChange> details = entry.Action == "Inserted" && since is not null
                    ? [new HistoryChange(l["任职起始日期"], null, since)]
                    : [];
                return new HistoryItem(entry.Sequence, entry.TimestampUtc, entry.UserName, entry.Action, title, details);
            }
            default:
            {
                var personId = long.TryParse(entry.EntityKey, NumberStyles.None, CultureInfo.InvariantCulture, out var p) ? p : 0;
                var name = names.People.GetValueOrDefault(personId) ?? "?";
                if (entry.Action == RevealedAction)
                {
                    var reason = changes.FirstOrDefault(c => c.Property == RevealReasonKey)?.After;
                    return new HistoryItem(entry.Sequence, entry.TimestampUtc, entry.UserName, entry.Action, l["查看完整身份证号：{0}", name],
                        [new HistoryChange(l["查看原因"], null, reason)]);
                }
                var shown = changes.Where(c => !Hidden.Contains(c.Property))
                    .Select(c => new HistoryChange(PersonLabel(c.Property), c.Before, c.After)).ToList();
                return shown.Count == 0 ? null
                    : new HistoryItem(entry.Sequence, entry.TimestampUtc, entry.UserName, entry.Action, l["人员信息变更：{0}", name], shown);
            }
        }
    }

    /// <summary>Fields in the order of the form, not the alphabetical order of the stored JSON.</summary>
    private static readonly string[] EnterpriseFields =
    [
        nameof(Enterprise.Code), nameof(Enterprise.Name), nameof(Enterprise.SubjectType), nameof(Enterprise.IndustryId), nameof(Enterprise.TownshipCode),
        nameof(Enterprise.Address), nameof(Enterprise.ContactPhone), nameof(Enterprise.RiskLevel), nameof(Enterprise.HasMajorHazardSource),
        nameof(Enterprise.Standardisation), nameof(Enterprise.LiabilityInsuranceValidUntil), nameof(Enterprise.Status), nameof(Enterprise.RegisteredOn),
    ];

    private static int FieldOrder(string property)
    {
        var index = Array.IndexOf(EnterpriseFields, property);
        return index < 0 ? int.MaxValue : index;
    }

    private string EnterpriseLabel(string property) => property switch
    {
        nameof(Enterprise.Code) => l["统一社会信用代码"],
        nameof(Enterprise.Name) => l["企业名称"],
        nameof(Enterprise.SubjectType) => l["主体类型"],
        nameof(Enterprise.IndustryId) => l["行业"],
        nameof(Enterprise.TownshipCode) => l["乡镇街道"],
        nameof(Enterprise.Address) => l["地址"],
        nameof(Enterprise.ContactPhone) => l["联系电话"],
        nameof(Enterprise.RiskLevel) => l["安全风险等级"],
        nameof(Enterprise.HasMajorHazardSource) => l["重大危险源"],
        nameof(Enterprise.Standardisation) => l["标准化等级"],
        nameof(Enterprise.LiabilityInsuranceValidUntil) => l["安责险有效期至"],
        nameof(Enterprise.Status) => l["经营状态"],
        nameof(Enterprise.RegisteredOn) => l["登记日期"],
        _ => property,
    };

    private string PersonLabel(string property) => property switch
    {
        nameof(Person.Name) => l["姓名"],
        nameof(Person.IdNumber) => l["身份证号"],
        nameof(Person.Phone) => l["联系电话"],
        _ => property,
    };

    private string? EnterpriseValue(string property, string? value, Lookups names)
    {
        if (value is null) return null;
        return property switch
        {
            nameof(Enterprise.SubjectType) when Enum.TryParse<SubjectType>(value, out var v) => l[v.ChineseName()],
            nameof(Enterprise.RiskLevel) when Enum.TryParse<RiskLevel>(value, out var v) => l[v.ChineseName()],
            nameof(Enterprise.Standardisation) when Enum.TryParse<StandardisationGrade>(value, out var v) => l[v.ChineseName()],
            nameof(Enterprise.Status) when Enum.TryParse<OperatingStatus>(value, out var v) => l[v.ChineseName()],
            nameof(Enterprise.HasMajorHazardSource) => bool.TryParse(value, out var b) ? (b ? l["是"] : l["否"]) : value,
            nameof(Enterprise.IndustryId) when int.TryParse(value, NumberStyles.None, CultureInfo.InvariantCulture, out var id) => names.Industries.GetValueOrDefault(id) ?? value,
            nameof(Enterprise.TownshipCode) => names.Townships.GetValueOrDefault(value) ?? value,
            _ => value,
        };
    }

    private sealed record Lookups(Dictionary<long, string> People, Dictionary<int, string> Industries, Dictionary<string, string> Townships);

    private async Task<Lookups> LookupsAsync(IReadOnlyList<AuditEntry> entries, CancellationToken cancellationToken)
    {
        var personIds = new HashSet<long>();
        foreach (var e in entries)
        {
            var raw = e.EntityType == LinkEntity ? Value(AuditChangeView.Parse(e.Changes), nameof(EnterprisePerson.PersonId)) : e.EntityType == PersonEntity ? e.EntityKey : null;
            if (long.TryParse(raw, NumberStyles.None, CultureInfo.InvariantCulture, out var id)) personIds.Add(id);
        }
        var ids = personIds.ToList();
        var people = ids.Count == 0 ? new Dictionary<long, string>() : await db.People.AsNoTracking().Where(p => ids.Contains(p.Id)).ToDictionaryAsync(p => p.Id, p => p.Name, cancellationToken);
        var industries = await db.Industries.AsNoTracking().ToDictionaryAsync(i => i.Id, i => i.Name, cancellationToken);
        var townships = await db.Townships.AsNoTracking().ToDictionaryAsync(t => t.Code, t => t.Name, StringComparer.Ordinal, cancellationToken);
        return new Lookups(people, industries, townships);
    }

    private static string? Value(IReadOnlyList<AuditChangeView> changes, string property)
    {
        var change = changes.FirstOrDefault(c => c.Property == property);
        return change?.After ?? change?.Before;
    }

    private static bool NamesEnterprise(string json, string key) =>
        Value(AuditChangeView.Parse(json), nameof(EnterprisePerson.EnterpriseId)) == key;

    private static bool RevealedFor(string json, string code) =>
        AuditChangeView.Parse(json).FirstOrDefault(c => c.Property == RevealEnterpriseKey)?.After == code;

    private static string Key(long id) => id.ToString(CultureInfo.InvariantCulture);
}
