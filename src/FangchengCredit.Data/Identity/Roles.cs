namespace FangchengCredit.Data.Identity;

/// <summary>The portal's roles. Names are stored; the Chinese labels live in the UI resources.</summary>
public static class Roles
{
    /// <summary>业务股室工作人员 / 执法人员</summary>
    public const string Staff = "Staff";

    /// <summary>股室负责人</summary>
    public const string SectionChief = "SectionChief";

    /// <summary>系统管理员</summary>
    public const string Administrator = "Administrator";

    /// <summary>企业用户</summary>
    public const string Enterprise = "Enterprise";

    public static readonly IReadOnlyList<string> All = [Staff, SectionChief, Administrator, Enterprise];

    /// <summary>Roles an administrator may give from the user pages; enterprise accounts are made from the enterprise page.</summary>
    public static readonly IReadOnlyList<string> Bureau = [Staff, SectionChief, Administrator];

    /// <summary>Comma lists for [Authorize(Roles = ...)].</summary>
    public const string BureauStaff = Staff + "," + SectionChief + "," + Administrator;
}
