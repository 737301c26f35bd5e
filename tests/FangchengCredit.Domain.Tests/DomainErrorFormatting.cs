using FangchengCredit.Domain.Common;

namespace FangchengCredit.Domain.Tests;

public class DomainErrorFormatting
{
    [Fact]
    public void ShowsItsMessageWhenPrinted()
    {
        var error = new DomainError("code.example", "示例错误");
        Assert.Equal("示例错误", error.ToString());
    }
}
