using System.ComponentModel.DataAnnotations;

namespace Academy.Data;

public sealed class DatabaseOptions
{
    public const string Section = "Academy:Database";

    [AllowedValues("Sqlite", ErrorMessage = "Academy:Database:Provider must be 'Sqlite'. PostgreSQL support arrives with scale-out.")]
    public string Provider { get; set; } = "Sqlite";
}
