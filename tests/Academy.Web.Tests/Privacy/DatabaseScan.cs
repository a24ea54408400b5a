using Microsoft.Data.Sqlite;

namespace Academy.Web.Tests.Privacy;

/// <summary>
/// Reads the site's SQLite file directly, past EF Core, so it sees every table and column there is,
/// including ones added after these tests were written.
/// </summary>
public static class DatabaseScan
{
    /// <summary>Every "table.column" with a value that contains <paramref name="text"/>, ignoring case.</summary>
    public static async Task<IReadOnlyList<string>> PlacesHoldingAsync(AcademySite site, string text)
    {
        await using var connection = Open(site);
        var places = new List<string>();
        foreach (var table in await TablesAsync(connection))
        {
            foreach (var column in await ColumnsAsync(connection, table))
            {
                await using var command = connection.CreateCommand();
                command.CommandText = $"""
                    SELECT COUNT(*) FROM "{table}"
                    WHERE instr(CAST("{column}" AS TEXT), $text) > 0 OR instr(lower(CAST("{column}" AS TEXT)), lower($text)) > 0
                    """;
                command.Parameters.AddWithValue("$text", text);
                if (Convert.ToInt64(await command.ExecuteScalarAsync(), System.Globalization.CultureInfo.InvariantCulture) > 0)
                {
                    places.Add($"{table}.{column}");
                }
            }
        }

        return places;
    }

    /// <summary>How many rows of <paramref name="table"/> have <paramref name="value"/> in <paramref name="column"/>.</summary>
    public static async Task<long> CountAsync(AcademySite site, string table, string column, string value)
    {
        await using var connection = Open(site);
        await using var command = connection.CreateCommand();
        command.CommandText = $"""SELECT COUNT(*) FROM "{table}" WHERE "{column}" = $value""";
        command.Parameters.AddWithValue("$value", value);
        return Convert.ToInt64(await command.ExecuteScalarAsync(), System.Globalization.CultureInfo.InvariantCulture);
    }

    private static SqliteConnection Open(AcademySite site)
    {
        var connection = new SqliteConnection($"Data Source={Path.Combine(site.Root, "academy.db")};Pooling=False");
        connection.Open();
        return connection;
    }

    private static async Task<IReadOnlyList<string>> TablesAsync(SqliteConnection connection)
    {
        await using var command = connection.CreateCommand();
        command.CommandText = "SELECT name FROM sqlite_master WHERE type = 'table' AND name NOT LIKE 'sqlite_%'";
        return await ReadStringsAsync(command, 0);
    }

    private static async Task<IReadOnlyList<string>> ColumnsAsync(SqliteConnection connection, string table)
    {
        await using var command = connection.CreateCommand();
        command.CommandText = $"""PRAGMA table_info("{table}")""";
        return await ReadStringsAsync(command, 1);
    }

    private static async Task<IReadOnlyList<string>> ReadStringsAsync(SqliteCommand command, int ordinal)
    {
        var values = new List<string>();
        await using var reader = await command.ExecuteReaderAsync();
        while (await reader.ReadAsync())
        {
            values.Add(reader.GetString(ordinal));
        }

        return values;
    }
}
