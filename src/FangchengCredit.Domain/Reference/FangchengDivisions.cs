namespace FangchengCredit.Domain.Reference;

/// <summary>
/// 方城县行政区划: the county and its township-level units (domain brief §2). These are the values the portal ships with;
/// an administrator may edit the stored copy, and the stored copy wins.
/// </summary>
public static class FangchengDivisions
{
    /// <summary>方城县 (河南省 南阳市) 行政区划代码.</summary>
    public const string CountyCode = "411322";

    public const string CountyName = "方城县";

    /// <summary>乡镇（街道）, in statistical-code order. 411322107 is deliberately absent: the brief lists none.</summary>
    public static IReadOnlyList<Township> Townships { get; } =
    [
        new("411322001", "凤瑞街道"),
        new("411322002", "释之街道"),
        new("411322003", "赭阳街道"),
        new("411322004", "广安街道"),
        new("411322101", "独树镇"),
        new("411322102", "博望镇"),
        new("411322103", "拐河镇"),
        new("411322104", "小史店镇"),
        new("411322105", "赵河镇"),
        new("411322106", "广阳镇"),
        new("411322108", "杨楼镇"),
        new("411322109", "券桥镇"),
        new("411322110", "清河镇"),
        new("411322111", "四里店镇"),
        new("411322112", "古庄店镇"),
        new("411322113", "杨集镇"),
        new("411322114", "柳河镇"),
        new("411322115", "二郎庙镇"),
        new("411322311", "袁店回族乡"),
        new("411322401", "方城大寺林场"),
    ];
}
