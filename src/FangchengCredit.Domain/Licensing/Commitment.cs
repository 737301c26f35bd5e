using FangchengCredit.Domain.Common;

namespace FangchengCredit.Domain.Licensing;

/// <summary>
/// A written credit commitment (信用承诺书) made in a licence application: 告知承诺 (conditions met) or 容缺受理 (items owed by deadlines).
/// Its transitions are named; the outcome (kept, breached, false) is final and goes into the credit file.
/// </summary>
public sealed class Commitment
{
    private readonly List<CommitmentItem> _items = [];

    public long Id { get; private set; }

    public long EnterpriseId { get; private set; }

    public CommitmentMode Mode { get; private set; }

    public DateOnly SignedOn { get; private set; }

    public CommitmentStatus Status { get; private set; }

    /// <summary>The day the outcome was established (kept, breached or found false).</summary>
    public DateOnly? ConcludedOn { get; private set; }

    public string? ConclusionNote { get; private set; }

    public int Version { get; private set; }

    public IReadOnlyCollection<CommitmentItem> Items => _items.AsReadOnly();

    /// <summary>The last deadline of the items still owed, if any.</summary>
    public DateOnly? FinalDeadline => _items.Count == 0 ? null : _items.Max(i => i.DueOn);

    private Commitment() { }

    /// <summary>告知承诺: nothing is owed; the commitment stays open until the application is decided or it is found false.</summary>
    public static Commitment NotifyAndCommit(long enterpriseId, DateOnly signedOn) =>
        new() { EnterpriseId = enterpriseId, Mode = CommitmentMode.NotifyAndCommit, SignedOn = signedOn, Status = CommitmentStatus.Pending };

    /// <summary>容缺受理: the missing items, each due on the given day (computed from the working-day calendar by the caller).</summary>
    public static Commitment AcceptWithDeficiencies(long enterpriseId, DateOnly signedOn, IEnumerable<(string Description, DateOnly DueOn)> owed)
    {
        ArgumentNullException.ThrowIfNull(owed);
        var commitment = new Commitment
        {
            EnterpriseId = enterpriseId, Mode = CommitmentMode.AcceptWithDeficiencies, SignedOn = signedOn, Status = CommitmentStatus.Pending,
        };
        foreach (var (description, dueOn) in owed)
        {
            if (dueOn < signedOn) throw new DomainException("补正期限不能早于承诺日期");
            commitment._items.Add(new CommitmentItem(description, dueOn));
        }
        if (commitment._items.Count == 0) throw new DomainException("容缺受理须列明至少一项缺项材料");
        if (commitment._items.Select(i => i.Description).Distinct().Count() != commitment._items.Count)
            throw new DomainException("缺项材料不能重复");
        return commitment;
    }

    /// <summary>
    /// Staff verify an owed item as received. When the last item arrives on or before its deadline, the commitment is kept.
    /// Returns true when this receipt concluded the commitment as kept.
    /// </summary>
    public bool MarkItemReceived(long itemId, DateOnly on, string verifiedBy) =>
        MarkItemReceived((_items.SingleOrDefault(i => i.Id == itemId) ?? throw new DomainException("缺项材料不存在")).Description, on, verifiedBy);

    /// <summary>Items are unique by description within a commitment, so they can be named before they have ids.</summary>
    public bool MarkItemReceived(string description, DateOnly on, string verifiedBy)
    {
        EnsurePending();
        var item = _items.SingleOrDefault(i => i.Description == description) ?? throw new DomainException("缺项材料不存在");
        if (on > item.DueOn && !(item.UploadedOn is { } uploaded && uploaded <= item.DueOn)) throw new DomainException($"“{item.Description}”已超过补正期限（{item.DueOn:yyyy-MM-dd}），承诺应认定为违约");
        item.MarkReceived(on, verifiedBy);
        if (_items.All(i => i.IsReceived))
        {
            Conclude(CommitmentStatus.Kept, on, "缺项材料已按期补齐");
            return true;
        }
        return false;
    }

    /// <summary>Items still owed after their deadline as of <paramref name="today"/>: the daily job breaches on the day after a missed deadline.</summary>
    /// <summary>The enterprise uploads a file for an owed item; staff then verify it with <see cref="MarkItemReceived(long, DateOnly, string)"/>.</summary>
    public void AttachUpload(long itemId, string fileName, string contentType, long sizeBytes, string storedName, string sha256, DateOnly on)
    {
        EnsurePending();
        var item = _items.SingleOrDefault(i => i.Id == itemId) ?? throw new DomainException("缺项材料不存在");
        item.AttachUpload(fileName, contentType, sizeBytes, storedName, sha256, on);
    }

    /// <summary>
    /// Overdue when an owed item is past its deadline and neither received nor uploaded by the enterprise within it
    /// (a file uploaded in time waits for staff to verify it and does not make the commitment breached).
    /// </summary>
    public bool IsOverdue(DateOnly today) => Status == CommitmentStatus.Pending && _items.Any(i => IsMissed(i, today));

    private static bool IsMissed(CommitmentItem item, DateOnly today) =>
        !item.IsReceived && today > item.DueOn && !(item.UploadedOn is { } uploaded && uploaded <= item.DueOn);

    public void MarkBreached(DateOnly on)
    {
        EnsurePending();
        if (!IsOverdue(on)) throw new DomainException("尚未超过补正期限，不能认定违约");
        var missed = _items.Where(i => IsMissed(i, on)).Select(i => i.Description);
        Conclude(CommitmentStatus.Breached, on, "逾期未补正：" + string.Join("、", missed));
    }

    /// <summary>A commitment found untrue (虚假承诺) is handled as a breach, whenever it is found — even after it was kept.</summary>
    public void DeclareFalse(DateOnly on, string reason)
    {
        if (Status is CommitmentStatus.Breached or CommitmentStatus.False) throw new DomainException("该承诺已认定为失信");
        var trimmed = reason?.Trim() ?? string.Empty;
        if (trimmed.Length == 0) throw new DomainException("请说明认定虚假承诺的事实");
        Status = CommitmentStatus.False;
        ConcludedOn = on;
        ConclusionNote = trimmed;
    }

    /// <summary>告知承诺 is kept when the licence is decided with nothing found false.</summary>
    public void MarkKeptOnDecision(DateOnly on)
    {
        EnsurePending();
        if (Mode != CommitmentMode.NotifyAndCommit) throw new DomainException("容缺受理承诺须补齐缺项材料后方为履约");
        Conclude(CommitmentStatus.Kept, on, "审批完成，未发现承诺不实");
    }

    private void EnsurePending()
    {
        if (Status != CommitmentStatus.Pending) throw new DomainException("该承诺已有结论，不能再变更");
    }

    private void Conclude(CommitmentStatus status, DateOnly on, string note)
    {
        Status = status;
        ConcludedOn = on;
        ConclusionNote = note;
    }
}
