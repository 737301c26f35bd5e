using FangchengCredit.Domain.Identifiers;

namespace FangchengCredit.Domain.Tests.Identifiers;

public class ResidentIdNumberParts
{
    private readonly ResidentIdNumber _number = ResidentIdNumber.Parse("41132219800115123X");

    [Fact]
    public void BirthDateIsCharactersSevenToFourteen() => Assert.Equal(new DateOnly(1980, 1, 15), _number.BirthDate);

    [Fact]
    public void RegionCodeIsTheFirstSixCharacters() => Assert.Equal("411322", _number.RegionCode);

    [Fact]
    public void ValueIsTheRawNumber() => Assert.Equal("41132219800115123X", _number.Value);
}
