namespace FangchengCredit.Data;

/// <summary>The "Database" configuration section.</summary>
public sealed class DatabaseOptions
{
    public const string SectionName = "Database";

    /// <summary>Sqlite (default), SqlServer or PostgreSql.</summary>
    public string Provider { get; set; } = DatabaseProviders.Sqlite;

    /// <summary>Where the SQLite file goes when no connection string is given; relative paths are under the content root.</summary>
    public string DataDirectory { get; set; } = "data";

    /// <summary>Apply pending migrations at start-up; turn off for managed databases that a DBA migrates with the SQL script.</summary>
    public bool MigrateOnStartup { get; set; } = true;
}

public static class DatabaseProviders
{
    public const string Sqlite = "Sqlite";
    public const string SqlServer = "SqlServer";
    public const string PostgreSql = "PostgreSql";

    public static string MigrationsAssembly(string provider) => provider switch
    {
        Sqlite => "FangchengCredit.Migrations.Sqlite",
        SqlServer => "FangchengCredit.Migrations.SqlServer",
        PostgreSql => "FangchengCredit.Migrations.PostgreSql",
        _ => throw new InvalidOperationException($"Unknown Database:Provider '{provider}'. Use Sqlite, SqlServer or PostgreSql."),
    };

    public static string Normalise(string? provider) =>
        provider?.Trim().ToUpperInvariant() switch
        {
            null or "" or "SQLITE" => Sqlite,
            "SQLSERVER" or "MSSQL" => SqlServer,
            "POSTGRESQL" or "POSTGRES" or "NPGSQL" => PostgreSql,
            _ => throw new InvalidOperationException($"Unknown Database:Provider '{provider}'. Use Sqlite, SqlServer or PostgreSql."),
        };
}
