namespace FangchengCredit.Domain.Reference;

/// <summary>
/// 基础数据: the lists the portal is seeded with. Administrators can edit the stored copies; these are the starting values
/// and the ones tests and demo data rely on.
/// </summary>
public static class ReferenceData
{
    /// <summary>乡镇（街道） of 方城县; the same list as <see cref="FangchengDivisions.Townships"/>.</summary>
    public static IReadOnlyList<Township> Townships => FangchengDivisions.Townships;

    /// <summary>监管行业, by their exact names and in the order of domain brief §3. 非煤矿山 includes 尾矿库.</summary>
    public static IReadOnlyList<string> Industries { get; } =
    [
        "非煤矿山",
        "危险化学品",
        "烟花爆竹",
        "冶金",
        "有色",
        "建材",
        "机械",
        "轻工",
        "纺织",
        "烟草",
        "商贸",
        "其他",
    ];
}
