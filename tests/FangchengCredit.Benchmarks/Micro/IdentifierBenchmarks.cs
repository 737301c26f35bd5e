using BenchmarkDotNet.Attributes;
using FangchengCredit.Domain.Identifiers;

namespace FangchengCredit.Benchmarks.Micro;

/// <summary>Code validation per row of an import: the baseline is a plain length-and-charset scan of the same strings.</summary>
[MemoryDiagnoser]
public class IdentifierBenchmarks
{
    private const string Charset = "0123456789ABCDEFGHJKLMNPQRTUWXY";
    private readonly string _code = "91350100M000100Y43";
    private readonly string _idNumber = "11010519491231002X";

    [Benchmark(Baseline = true)]
    public bool CharsetScanOnly()
    {
        if (_code.Length != 18) return false;
        foreach (var c in _code)
            if (Charset.IndexOf(c, StringComparison.Ordinal) < 0) return false;
        return true;
    }

    [Benchmark]
    public bool UnifiedSocialCreditCodeTryParse() => UnifiedSocialCreditCode.TryParse(_code, out _, out _);

    [Benchmark]
    public bool ResidentIdNumberTryParse() => ResidentIdNumber.TryParse(_idNumber, out _, out _);
}
