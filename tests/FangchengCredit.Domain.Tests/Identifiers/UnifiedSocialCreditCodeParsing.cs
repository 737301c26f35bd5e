using FangchengCredit.Domain.Common;
using FangchengCredit.Domain.Identifiers;

namespace FangchengCredit.Domain.Tests.Identifiers;

public class UnifiedSocialCreditCodeParsing
{
    // The GB 32100 example. Hand check:
    //   organisation code body M000100Y (A = 10 … Z = 35, so M = 22, Y = 34), weights 3,7,9,10,5,8,4,2:
    //   22·3 + 1·5 + 34·2 = 66 + 5 + 68 = 139; 139 mod 11 = 7; 11 − 7 = 4 → position 17 is '4'.
    //   main check (charset index, so M = 21, Y = 30), weights 1,3,9,27,19,26,16,17,20,29,25,13,8,24,10,30,28:
    //   9·1 + 1·3 + 3·9 + 5·27 + 1·26 + 21·20 + 1·8 + 30·30 + 4·28 = 9 + 3 + 27 + 135 + 26 + 420 + 8 + 900 + 112 = 1640;
    //   1640 mod 31 = 28; 31 − 28 = 3 → position 18 is '3'.
    private const string StandardExample = "91350100M000100Y43";

    [Fact]
    public void AcceptsTheStandardExample()
    {
        Assert.True(UnifiedSocialCreditCode.TryParse(StandardExample, out var code, out var error));
        Assert.Null(error);
        Assert.Equal(StandardExample, code.Value);
    }

    // Fangcheng-style codes made with Create and then checked by hand (same weights as above):
    //   …MA000004XB: body 22·3 + 10·7 + 4·2 = 144; 144 mod 11 = 1; 11 − 1 = 10 → 'X'.
    //                main 238 (for 91411322) + 21·20 + 10·29 + 4·30 + 29·28 = 238 + 420 + 290 + 120 + 812 = 1880;
    //                1880 mod 31 = 20; 31 − 20 = 11 → 'B'.
    //   …MA0000090N: body 66 + 70 + 9·2 = 154 = 14·11 → 11 − 0 = 11 → '0'.
    //                main 238 + 420 + 290 + 9·30 + 0·28 = 1218; 1218 mod 31 = 9; 31 − 9 = 22 → 'N'.
    //   …MA00004960: body 66 + 70 + 4·4 + 9·2 = 170; 170 mod 11 = 5 → '6'.
    //                main 238 + 420 + 290 + 4·10 + 9·30 + 6·28 = 1426 = 46·31 → (31 − 0) mod 31 = 0 → '0'.
    //   …MA000012XY: body 66 + 70 + 1·4 + 2·2 = 144 → 'X'.
    //                main 238 + 420 + 290 + 1·10 + 2·30 + 29·28 = 1830; 1830 mod 31 = 1; 31 − 1 = 30 → 'Y'.
    //   where 238 = 9·1 + 1·3 + 4·9 + 1·27 + 1·19 + 3·26 + 2·16 + 2·17.
    [Theory]
    [InlineData("91411322MA000004XB")] // organisation check 'X'
    [InlineData("91411322MA0000090N")] // organisation check '0' (remainder 11)
    [InlineData("91411322MA00004960")] // main check '0'
    [InlineData("91411322MA000012XY")] // main check 'Y', the last character of the charset
    [InlineData("9144030071526726XG")] // published code of a large enterprise, organisation check 'X'
    [InlineData("914403001922038216")] // published code of a large enterprise, all digits
    public void AcceptsOtherValidCodes(string input)
    {
        Assert.Null(UnifiedSocialCreditCode.Validate(input));
    }

    [Fact]
    public void TrimsAndUpperCasesBeforeChecking()
    {
        var code = UnifiedSocialCreditCode.Parse("  91350100m000100y43\t");

        Assert.Equal(StandardExample, code.Value);
    }

    [Theory]
    [InlineData(null)]
    [InlineData("")]
    [InlineData("   ")]
    public void RejectsNothing(string? input)
    {
        var error = UnifiedSocialCreditCode.Validate(input);

        Assert.Equal(new DomainError("uscc.empty", "统一社会信用代码不能为空"), error);
    }

    [Theory]
    [InlineData("91350100M000100Y4", 17)]
    [InlineData("91350100M000100Y433", 19)]
    [InlineData("350100M000100Y4", 15)]
    public void RejectsTheWrongLengthAndSaysHowLongItWas(string input, int length)
    {
        var error = UnifiedSocialCreditCode.Validate(input);

        Assert.Equal("uscc.length", error?.Code);
        Assert.Equal($"统一社会信用代码应为18位，实际为 {length} 位", error?.Message);
    }

    [Theory]
    [InlineData("91350100M000100O43")]
    [InlineData("91350100m000100o43")]
    public void RejectsTheLetterOAndNamesItsPosition(string input)
    {
        var error = UnifiedSocialCreditCode.Validate(input);

        Assert.Equal(new DomainError("uscc.char", "第16位字符“O”不合法（不使用 I、O、S、V、Z）"), error);
    }

    [Theory]
    [InlineData("I1350100M000100Y43", 1, 'I')]
    [InlineData("91350100M0001S0Y43", 14, 'S')]
    [InlineData("91350100M000100V43", 16, 'V')]
    [InlineData("9135010ZM000100Y43", 8, 'Z')]
    public void RejectsEveryLookAlikeLetter(string input, int position, char letter)
    {
        var error = UnifiedSocialCreditCode.Validate(input);

        Assert.Equal($"第{position}位字符“{letter}”不合法（不使用 I、O、S、V、Z）", error?.Message);
    }

    [Fact]
    public void RejectsPunctuationAndSaysWhatIsAllowed()
    {
        var error = UnifiedSocialCreditCode.Validate("91350100M000100Y4#");

        Assert.Equal(
            new DomainError("uscc.char", "第18位字符“#”不合法（只能是数字或大写英文字母，且不使用 I、O、S、V、Z）"),
            error);
    }

    [Fact]
    public void RejectsASpaceInTheMiddle()
    {
        var error = UnifiedSocialCreditCode.Validate("91350100 000100Y43");

        Assert.Equal(new DomainError("uscc.char", "第9位是空格，统一社会信用代码中间不能有空格"), error);
    }

    [Fact]
    public void RejectsAWrongOrganizationCodeCheckAndSaysWhatItShouldBe()
    {
        var error = UnifiedSocialCreditCode.Validate("91350100M000100Y53");

        Assert.Equal(new DomainError("uscc.orgcheck", "第17位（组织机构代码校验码）应为 4"), error);
    }

    [Fact]
    public void RejectsAWrongCheckCharacterAndSaysWhatItShouldBe()
    {
        var error = UnifiedSocialCreditCode.Validate("91350100M000100Y44");

        Assert.Equal(new DomainError("uscc.check", "第18位校验码应为 3"), error);
    }

    [Fact]
    public void RejectsATypingSlipInTheDivisionCode()
    {
        // The organisation code is untouched, so only the main check can catch it.
        var error = UnifiedSocialCreditCode.Validate("91350200M000100Y43");

        Assert.Equal("uscc.check", error?.Code);
    }

    [Fact]
    public void TryParseGivesTheErrorAndNoCode()
    {
        Assert.False(UnifiedSocialCreditCode.TryParse("91350100M000100Y44", out var code, out var error));
        Assert.Null(code);
        Assert.Equal("uscc.check", error.Code);
    }

    [Fact]
    public void ParseThrowsTheChineseMessage()
    {
        var exception = Assert.Throws<DomainException>(() => UnifiedSocialCreditCode.Parse("91350100M000100Y44"));

        Assert.Equal("第18位校验码应为 3", exception.Message);
    }
}
