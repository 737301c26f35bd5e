using FangchengCredit.Domain.Identifiers;

namespace FangchengCredit.Domain.Tests.Identifiers;

public class OrganizationCodeCheckCharacter
{
    [Fact]
    public void ReproducesTheCheckInsideTheStandardExample()
    {
        // 22·3 + 1·5 + 34·2 = 139; 139 mod 11 = 7; 11 − 7 = 4.
        Assert.Equal('4', OrganizationCode.ComputeCheckCharacter("M000100Y"));
    }

    [Fact]
    public void WritesTenAsX()
    {
        // 22·3 + 10·7 + 4·2 = 144; 144 mod 11 = 1; 11 − 1 = 10.
        Assert.Equal('X', OrganizationCode.ComputeCheckCharacter("MA000004"));
    }

    [Fact]
    public void WritesElevenAsZero()
    {
        // 22·3 + 10·7 + 9·2 = 154 = 14·11; 11 − 0 = 11.
        Assert.Equal('0', OrganizationCode.ComputeCheckCharacter("MA000009"));
    }

    [Fact]
    public void ValuesLettersOverTheWholeAlphabet()
    {
        // In GB 11714 I counts (I = 18, so J = 19); in the credit-code charset J would be 18.
        // J0000000: 19·3 = 57; 57 mod 11 = 2; 11 − 2 = 9.
        Assert.Equal('9', OrganizationCode.ComputeCheckCharacter("J0000000"));
    }

    [Fact]
    public void AgreesWithAnIndependentCalculationOnThousandsOfRandomBodies()
    {
        const string alphabet = "0123456789ABCDEFGHIJKLMNOPQRSTUVWXYZ";
        var random = new Random(11714);
        for (var i = 0; i < 5000; i++)
        {
            var body = new string(Enumerable.Range(0, 8).Select(_ => alphabet[random.Next(alphabet.Length)]).ToArray());

            Assert.Equal(CheckCharacterOracle.OrganizationCodeCheck(body), OrganizationCode.ComputeCheckCharacter(body));
        }
    }

    [Theory]
    [InlineData("MA00000")]
    [InlineData("MA000004X")]
    [InlineData("ma000004")]
    [InlineData("MA-00004")]
    public void RefusesABodyThatIsNotEightDigitsOrCapitals(string body)
    {
        Assert.ThrowsAny<ArgumentException>(() => OrganizationCode.ComputeCheckCharacter(body));
    }
}
