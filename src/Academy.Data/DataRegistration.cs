using Microsoft.Data.Sqlite;
using Microsoft.EntityFrameworkCore;
using Microsoft.EntityFrameworkCore.Diagnostics;
using Microsoft.Extensions.Configuration;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.Hosting;
using Microsoft.Extensions.Logging;

namespace Academy.Data;

public static class DataRegistration
{
    private const string DefaultSqlite = "Data Source=App_Data/academy.db";

    public static IHostApplicationBuilder AddLearnerData(this IHostApplicationBuilder builder)
    {
        builder.Services.AddOptions<DatabaseOptions>()
            .BindConfiguration(DatabaseOptions.Section)
            .ValidateDataAnnotations()
            .ValidateOnStart();

        var connectionString = SqliteConnectionString(
            builder.Configuration.GetConnectionString("Academy") ?? DefaultSqlite,
            builder.Environment.ContentRootPath);
        // Pooled: most pages need a context for a single small query, and creating one is not free.
        builder.Services.AddDbContextPool<AcademyDb>(options => options
            .UseSqlite(connectionString)
            // Callers catch the unique-index races they expect (a second tab, a repeated webhook) and
            // an unexpected failure reaches the host's error log with its stack; EF's own report of the
            // same exception would be a false alarm at Error.
            .ConfigureWarnings(warnings => warnings.Log(
                (CoreEventId.SaveChangesFailed, LogLevel.Warning),
                (RelationalEventId.CommandError, LogLevel.Warning))));
        builder.Services.AddHostedService<LearnerDataMigration>();
        return builder;
    }

    // A relative SQLite path is relative to the app, not to wherever `dotnet run` was started.
    private static string SqliteConnectionString(string configured, string contentRoot)
    {
        var connection = new SqliteConnectionStringBuilder(configured);
        if (!Path.IsPathRooted(connection.DataSource) && connection.DataSource != ":memory:")
        {
            connection.DataSource = Path.Combine(contentRoot, connection.DataSource);
        }

        Directory.CreateDirectory(Path.GetDirectoryName(connection.DataSource)!);
        return connection.ToString();
    }
}
