using FangchengCredit.Domain.Identifiers;

namespace FangchengCredit.Domain.Tests.Identifiers;

public class UnifiedSocialCreditCodeEquality
{
    [Fact]
    public void CodesWithTheSameValueAreEqualHoweverTheyWereTyped()
    {
        var typed = UnifiedSocialCreditCode.Parse("91350100M000100Y43");
        var pasted = UnifiedSocialCreditCode.Parse(" 91350100m000100y43 ");

        Assert.Equal(typed, pasted);
        Assert.True(typed == pasted);
        Assert.Equal(typed.GetHashCode(), pasted.GetHashCode());
    }

    [Fact]
    public void DifferentCodesAreNotEqual()
    {
        var one = UnifiedSocialCreditCode.Parse("91350100M000100Y43");
        var other = UnifiedSocialCreditCode.Parse("91411322MA000004XB");

        Assert.NotEqual(one, other);
    }
}
