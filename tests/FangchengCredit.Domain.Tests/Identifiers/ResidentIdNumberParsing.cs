using FangchengCredit.Domain.Common;
using FangchengCredit.Domain.Identifiers;

namespace FangchengCredit.Domain.Tests.Identifiers;

public class ResidentIdNumberParsing
{
    // The GB 11643 example. Hand check, weights 7,9,10,5,8,4,2,1,6,3,7,9,10,5,8,4,2:
    //   1·7 + 1·9 + 0 + 1·5 + 0 + 5·4 + 1·2 + 9·1 + 4·6 + 9·3 + 1·7 + 2·9 + 3·10 + 1·5 + 0 + 0 + 2·2
    //   = 7 + 9 + 5 + 20 + 2 + 9 + 24 + 27 + 7 + 18 + 30 + 5 + 4 = 167; 167 mod 11 = 2; "10X98765432"[2] = 'X'.
    private const string StandardExample = "11010519491231002X";

    [Fact]
    public void AcceptsTheStandardExample()
    {
        Assert.True(ResidentIdNumber.TryParse(StandardExample, out var number, out var error));
        Assert.Null(error);
        Assert.Equal(StandardExample, number.Value);
    }

    // Hand checks (same weights):
    //   41132219800115123X: 28 + 9 + 10 + 15 + 16 + 8 + 2 + 9 + 48 + 0 + 0 + 9 + 10 + 25 + 8 + 8 + 6 = 211; 211 mod 11 = 2 → 'X'.
    //   411322199001011231: 28 + 9 + 10 + 15 + 16 + 8 + 2 + 9 + 54 + 0 + 0 + 9 + 0 + 5 + 8 + 8 + 6 = 187 = 17·11 → '1'.
    //   411322200002290047: 28 + 9 + 10 + 15 + 16 + 8 + 4 + 0 + 0 + 0 + 0 + 18 + 20 + 45 + 0 + 0 + 8 = 181; 181 mod 11 = 5 → '7'.
    [Theory]
    [InlineData("41132219800115123X")]
    [InlineData("411322199001011231")] // remainder 0 → '1'
    [InlineData("411322200002290047")] // born on 29 February of a leap year
    public void AcceptsOtherValidNumbers(string input)
    {
        Assert.Null(ResidentIdNumber.Validate(input));
    }

    [Fact]
    public void TrimsAndUpperCasesALowerCaseX()
    {
        var number = ResidentIdNumber.Parse(" 11010519491231002x ");

        Assert.Equal(StandardExample, number.Value);
    }

    [Theory]
    [InlineData(null)]
    [InlineData("")]
    [InlineData("  ")]
    public void RejectsNothing(string? input)
    {
        Assert.Equal(new DomainError("id.empty", "居民身份证号不能为空"), ResidentIdNumber.Validate(input));
    }

    [Fact]
    public void RejectsTheWrongLengthAndSaysHowLongItWas()
    {
        var error = ResidentIdNumber.Validate("11010519491231002");

        Assert.Equal(new DomainError("id.length", "居民身份证号应为18位，实际为 17 位"), error);
    }

    [Fact]
    public void RejectsAnOldFifteenDigitNumberWithAHint()
    {
        var error = ResidentIdNumber.Validate("110105491231002");

        Assert.Equal(new DomainError("id.length", "居民身份证号应为18位，实际为 15 位（15位旧号码已停止使用，请填写18位号码）"), error);
    }

    [Fact]
    public void RejectsALetterAmongTheFirstSeventeenAndNamesItsPosition()
    {
        var error = ResidentIdNumber.Validate("1101051949123100X2");

        Assert.Equal(new DomainError("id.char", "第17位字符“X”不合法（前17位只能是数字）"), error);
    }

    [Fact]
    public void RejectsACheckCharacterOtherThanADigitOrX()
    {
        var error = ResidentIdNumber.Validate("11010519491231002A");

        Assert.Equal(new DomainError("id.char", "第18位字符“A”不合法（校验码只能是数字或 X）"), error);
    }

    [Theory]
    [InlineData("110105194913310021", "19491331")] // month 13
    [InlineData("110105190002290021", "19000229")] // 1900 was not a leap year
    [InlineData("110105202302290021", "20230229")]
    [InlineData("110105199904310021", "19990431")] // April has 30 days
    public void RejectsABirthDateThatIsNotOnTheCalendar(string input, string digits)
    {
        var error = ResidentIdNumber.Validate(input);

        Assert.Equal(new DomainError("id.birthdate", $"第7–14位出生日期 {digits} 不是有效日期"), error);
    }

    [Fact]
    public void RejectsBirthYearsBefore1900EvenTheStandardsOwnExample()
    {
        // 440524188001010014 is the other example printed in GB 11643 (its check digit is right: 195 mod 11 = 8 → '4').
        var error = ResidentIdNumber.Validate("440524188001010014");

        Assert.Equal(new DomainError("id.birthdate", "第7–14位出生日期 18800101 早于1900年"), error);
    }

    [Fact]
    public void RejectsAWrongCheckCharacterAndSaysWhatItShouldBe()
    {
        var error = ResidentIdNumber.Validate("110105194912310021");

        Assert.Equal(new DomainError("id.check", "第18位校验码应为 X"), error);
    }

    [Fact]
    public void ComputeCheckCharacterAgreesWithAnIndependentCalculation()
    {
        var random = new Random(11643);
        for (var i = 0; i < 5000; i++)
        {
            var first17 = new string(Enumerable.Range(0, 17).Select(_ => (char)('0' + random.Next(10))).ToArray());

            Assert.Equal(CheckCharacterOracle.ResidentIdCheck(first17), ResidentIdNumber.ComputeCheckCharacter(first17));
        }
    }

    [Fact]
    public void ParseThrowsTheChineseMessage()
    {
        var exception = Assert.Throws<DomainException>(() => ResidentIdNumber.Parse("110105194912310021"));

        Assert.Equal("第18位校验码应为 X", exception.Message);
    }

    [Fact]
    public void NumbersWithTheSameValueAreEqual()
    {
        Assert.Equal(ResidentIdNumber.Parse(StandardExample), ResidentIdNumber.Parse("11010519491231002x"));
    }
}
