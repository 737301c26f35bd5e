using FangchengCredit.Domain.Common;

namespace FangchengCredit.Domain.Grading;

/// <summary>
/// 分级分类监管: sampling ratio (双随机抽查比例) and inspection frequency per grade. All [default], bindable from configuration.
/// </summary>
public sealed class SupervisionRules
{
    public static SupervisionRules Default { get; } = new();

    public int SamplingPercentA { get; init; } = 5;

    public int SamplingPercentB { get; init; } = 10;

    public int SamplingPercentC { get; init; } = 30;

    public int SamplingPercentD { get; init; } = 100;

    public string FrequencyA { get; init; } = "每年至多检查一次";

    public string FrequencyB { get; init; } = "每年检查一次";

    public string FrequencyC { get; init; } = "每年检查两次";

    public string FrequencyD { get; init; } = "至少每季度检查一次，重点监管";

    /// <summary>
    /// For listed enterprises. The listing rule alone asks for at least every 6 months, but a listed enterprise is
    /// graded D, whose quarterly checks are stricter, so the default keeps those and adds the 约谈.
    /// </summary>
    public string FrequencyBlacklisted { get; init; } = "至少每季度检查一次，重点监管，并约谈主要负责人";

    public void EnsureValid()
    {
        foreach (var percent in new[] { SamplingPercentA, SamplingPercentB, SamplingPercentC, SamplingPercentD })
        {
            if (percent is < 0 or > 100)
            {
                throw new DomainException("抽查比例应在0%至100%之间。");
            }
        }

        if (new[] { FrequencyA, FrequencyB, FrequencyC, FrequencyD, FrequencyBlacklisted }.Any(string.IsNullOrWhiteSpace))
        {
            throw new DomainException("每个信用等级都应配置检查频次说明。");
        }
    }
}
