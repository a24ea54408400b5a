using Microsoft.Data.Sqlite;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.Configuration;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.Hosting;

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
        builder.Services.AddDbContextPool<AcademyDb>(options => options.UseSqlite(connectionString));
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
