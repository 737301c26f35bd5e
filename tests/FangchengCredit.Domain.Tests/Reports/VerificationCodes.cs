using FangchengCredit.Domain.Reports;

namespace FangchengCredit.Domain.Tests.Reports;

/// <summary>Report verification codes: 16 unambiguous characters from 80 random bits, read back however they are typed.</summary>
public class VerificationCodes
{
    [Fact]
    public void UseEveryBitOfTenBytes()
    {
        Assert.Equal(new string('2', 16), ReportVerificationCode.FromRandomBytes(new byte[10]));
        Assert.Equal(new string('Z', 16), ReportVerificationCode.FromRandomBytes(Enumerable.Repeat((byte)0xFF, 10).ToArray()));
        Assert.Equal("222222222222222" + "3", ReportVerificationCode.FromRandomBytes([0, 0, 0, 0, 0, 0, 0, 0, 0, 1]));
    }

    [Theory]
    [InlineData("abcd-efgh-jkmn-pqrs", "ABCDEFGHJKMNPQRS")]
    [InlineData(" ABCD EFGH JKMN PQRS ", "ABCDEFGHJKMNPQRS")]
    public void AreReadInAnyCaseWithOrWithoutSeparators(string typed, string expected)
    {
        Assert.True(ReportVerificationCode.TryNormalise(typed, out var code));
        Assert.Equal(expected, code);
        Assert.Equal("ABCD-EFGH-JKMN-PQRS", ReportVerificationCode.Format(code));
    }

    [Theory]
    [InlineData("")]
    [InlineData("ABCD-EFGH-JKMN-PQR")]
    [InlineData("ABCD-EFGH-JKMN-PQR0")]
    [InlineData("ABCD-EFGH-JKMN-PQRI")]
    [InlineData("<script>alert(1)</script>")]
    public void RefuseAnythingElse(string typed)
    {
        Assert.False(ReportVerificationCode.TryNormalise(typed, out _));
    }
}
