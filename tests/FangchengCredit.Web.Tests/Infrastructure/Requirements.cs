namespace FangchengCredit.Web.Tests.Infrastructure;

/// <summary>
/// Optional dependencies (a PostgreSQL server, Chromium) skip their tests under plain `dotnet test`,
/// but tests/run.sh sets REQUIRE_POSTGRES=1 / REQUIRE_BROWSER=1, under which a missing dependency fails instead.
/// </summary>
public static class Requirements
{
    public const string PostgresVariable = "FC_TEST_POSTGRES";

    public static string PostgresConnectionOrSkip()
    {
        var connection = Environment.GetEnvironmentVariable(PostgresVariable);
        if (!string.IsNullOrWhiteSpace(connection)) return connection;
        var reason = $"PostgreSQL not available: set {PostgresVariable} (tests/run.sh starts a throw-away server).";
        if (Environment.GetEnvironmentVariable("REQUIRE_POSTGRES") == "1") Assert.Fail(reason + " REQUIRE_POSTGRES=1 forbids skipping.");
        Skip.If(true, reason);
        return string.Empty;
    }
}
