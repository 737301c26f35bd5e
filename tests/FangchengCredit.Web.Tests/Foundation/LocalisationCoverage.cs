using System.Text.RegularExpressions;
using System.Xml.Linq;

namespace FangchengCredit.Web.Tests.Foundation;

/// <summary>Every Chinese text the Web project localises has an English translation, so en-US users never meet Chinese.</summary>
public sealed partial class LocalisationCoverage
{
    [GeneratedRegex(@"\b(?:L|l|localizer|_l)\[""((?:[^""\\]|\\.)*)""")]
    private static partial Regex KeyPattern();

    [GeneratedRegex(@"[\u4e00-\u9fff]")]
    private static partial Regex Chinese();

    [Fact]
    public void EveryChineseKeyInTheWebProjectHasAnEnglishTranslation()
    {
        var web = Path.Combine(RepositoryRoot(), "src", "FangchengCredit.Web");
        var translated = XDocument.Load(Path.Combine(web, "Resources", "SharedResource.en-US.resx"))
            .Root!.Elements("data").Select(d => (string)d.Attribute("name")!).ToHashSet(StringComparer.Ordinal);
        var sources = Directory.EnumerateFiles(web, "*.*", SearchOption.AllDirectories)
            .Where(f => (f.EndsWith(".cshtml", StringComparison.Ordinal) || f.EndsWith(".cs", StringComparison.Ordinal))
                        && !f.Contains($"{Path.DirectorySeparatorChar}obj{Path.DirectorySeparatorChar}", StringComparison.Ordinal)
                        && !f.Contains($"{Path.DirectorySeparatorChar}bin{Path.DirectorySeparatorChar}", StringComparison.Ordinal));
        var missing = sources
            .SelectMany(f => KeyPattern().Matches(File.ReadAllText(f)).Select(m => m.Groups[1].Value.Replace("\\\"", "\"", StringComparison.Ordinal)))
            .Where(k => Chinese().IsMatch(k) && !k.EndsWith('.') && !translated.Contains(k))
            .Distinct()
            .Order(StringComparer.Ordinal)
            .ToList();
        Assert.True(missing.Count == 0, "Missing from SharedResource.en-US.resx (run tools/resx-keys.py):\n" + string.Join('\n', missing));
    }

    internal static string RepositoryRoot()
    {
        var dir = new DirectoryInfo(AppContext.BaseDirectory);
        while (dir is not null && !File.Exists(Path.Combine(dir.FullName, "FangchengCredit.sln"))) dir = dir.Parent;
        return dir?.FullName ?? throw new InvalidOperationException("FangchengCredit.sln not found above " + AppContext.BaseDirectory);
    }
}
