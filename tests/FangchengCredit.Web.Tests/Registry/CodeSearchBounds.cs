using FangchengCredit.Web.Features.Enterprises;

namespace FangchengCredit.Web.Tests.Registry;

/// <summary>A code prefix becomes an index range [prefix, bound): the bound is the next string in the code's own character order.</summary>
public sealed class CodeSearchBounds
{
    [Theory]
    [InlineData("914", "915")]
    [InlineData("9141", "9142")]
    [InlineData("91H", "91J")] // I is not in the character set
    [InlineData("91Y", "92")]
    [InlineData("9YY", "A")]
    public void TheBoundIsTheNextPrefix(string prefix, string bound) => Assert.Equal(bound, CodeSearch.UpperBound(prefix));

    [Fact]
    public void APrefixOfOnlyTheLastCharacterHasNoBound() => Assert.Null(CodeSearch.UpperBound("YYY"));

    [Theory]
    [InlineData("9141", true)]
    [InlineData("91411322MA40", true)]
    [InlineData("ABC", false)] // no digit: read as a name
    [InlineData("方城9", false)]
    [InlineData("9", false)]
    public void OnlyCodeLikeTermsAreSearchedAsCodes(string term, bool expected) => Assert.Equal(expected, CodeSearch.LooksLikeCode(term));
}
