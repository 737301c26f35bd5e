using FangchengCredit.Domain.Identifiers;

namespace FangchengCredit.Domain.Tests.Identifiers;

public class ResidentIdNumberMasking
{
    private readonly ResidentIdNumber _number = ResidentIdNumber.Parse("41132219800115123X");

    [Fact]
    public void KeepsTheFirstFourAndLastFourVisible() => Assert.Equal("4113**********123X", _number.Masked);

    [Fact]
    public void PrintsMaskedSoThatLoggingNeverLeaksTheNumber()
    {
        Assert.Equal("4113**********123X", _number.ToString());
        Assert.Equal("持证人 4113**********123X", $"持证人 {_number}");
    }

    [Theory]
    [InlineData(null)]
    [InlineData("")]
    [InlineData("   ")]
    [InlineData("4113")]
    [InlineData("41132219800115")] // 14 characters: keeping 4 + 4 would show more than half
    public void MasksMissingOrShortInputCompletely(string? raw)
    {
        Assert.Equal("****", ResidentIdNumber.Mask(raw));
    }

    [Theory]
    [InlineData("110105491231002", "1101*******1002")] // old 15-digit number
    [InlineData("411322198001151234", "4113**********1234")] // wrong check digit: still masked, never shown raw
    [InlineData(" 41132219800115123x ", "4113**********123x")]
    public void MasksAnyLongEnoughStringEvenIfInvalid(string raw, string masked)
    {
        Assert.Equal(masked, ResidentIdNumber.Mask(raw));
    }
}
