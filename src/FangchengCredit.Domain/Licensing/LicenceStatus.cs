namespace FangchengCredit.Domain.Licensing;

public enum LicenceStatus
{
    /// <summary>有效</summary>
    Valid = 0,

    /// <summary>拟撤销（承诺违约或虚假，待股室负责人确认）</summary>
    RevocationProposed = 1,

    /// <summary>已撤销</summary>
    Revoked = 2,
}
