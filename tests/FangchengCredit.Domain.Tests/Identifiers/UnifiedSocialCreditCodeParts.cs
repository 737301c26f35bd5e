using FangchengCredit.Domain.Identifiers;

namespace FangchengCredit.Domain.Tests.Identifiers;

public class UnifiedSocialCreditCodeParts
{
    private readonly UnifiedSocialCreditCode _code = UnifiedSocialCreditCode.Parse("91350100M000100Y43");

    [Fact]
    public void RegistrationAuthorityIsTheFirstCharacter() => Assert.Equal('9', _code.RegistrationAuthority);

    [Fact]
    public void EntityTypeIsTheFirstTwoCharacters() => Assert.Equal("91", _code.EntityType);

    [Fact]
    public void DivisionCodeIsCharactersThreeToEight() => Assert.Equal("350100", _code.DivisionCode);

    [Fact]
    public void OrganizationCodeIsCharactersNineToSeventeen() => Assert.Equal("M000100Y4", _code.OrganizationCode);

    [Fact]
    public void PrintsAsItsValue() => Assert.Equal("91350100M000100Y43", _code.ToString());
}
