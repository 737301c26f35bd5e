using FangchengCredit.Domain.Identifiers;

namespace FangchengCredit.Domain.Tests.Identifiers;

public class UnifiedSocialCreditCodeCreation
{
    private const string Charset = "0123456789ABCDEFGHJKLMNPQRTUWXY";

    [Fact]
    public void ComputesBothCheckCharacters()
    {
        // Hand-checked in UnifiedSocialCreditCodeParsing.
        var code = UnifiedSocialCreditCode.Create('9', '1', "411322", "MA000004");

        Assert.Equal("91411322MA000004XB", code.Value);
    }

    [Fact]
    public void ComputeCheckCharacterReproducesTheStandardExample()
    {
        Assert.Equal('3', UnifiedSocialCreditCode.ComputeCheckCharacter("91350100M000100Y4"));
    }

    [Fact]
    public void AgreesWithAnIndependentCalculationOnThousandsOfRandomCodes()
    {
        var random = new Random(32100);
        var failures = new List<string>();
        for (var i = 0; i < 5000; i++)
        {
            var first16 = new string(Enumerable.Range(0, 16).Select(_ => Charset[random.Next(Charset.Length)]).ToArray());
            var code = UnifiedSocialCreditCode.Create(first16[0], first16[1], first16[2..8], first16[8..16]);

            var orgCheck = CheckCharacterOracle.OrganizationCodeCheck(first16[8..16]);
            var expected = first16 + orgCheck + CheckCharacterOracle.CreditCodeCheck(first16 + orgCheck);
            if (code.Value != expected || UnifiedSocialCreditCode.Validate(expected) is not null)
            {
                failures.Add($"{first16}: created {code.Value}, expected {expected}");
            }
        }

        Assert.Empty(failures);
    }

    [Fact]
    public void EveryWrongCheckCharacterIsRejected()
    {
        foreach (var wrong in Charset.Where(c => c != '3'))
        {
            Assert.Equal("uscc.check", UnifiedSocialCreditCode.Validate("91350100M000100Y4" + wrong)?.Code);
        }
    }

    [Theory]
    [InlineData("41132", "MA000004")]
    [InlineData("411322", "MA00004")]
    [InlineData("411322", "MA00000I")] // a fine GB 11714 body, but I is not allowed in a credit code
    public void RefusesPartsThatCannotMakeAValidCode(string division, string body)
    {
        Assert.ThrowsAny<ArgumentException>(() => UnifiedSocialCreditCode.Create('9', '1', division, body));
    }

    [Fact]
    public void RefusesAnAuthorityOutsideTheCharset()
    {
        Assert.ThrowsAny<ArgumentException>(() => UnifiedSocialCreditCode.Create('S', '1', "411322", "MA000004"));
    }
}
