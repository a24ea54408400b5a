using Microsoft.EntityFrameworkCore.Migrations;

#nullable disable

namespace Academy.Data.Migrations
{
    /// <inheritdoc />
    public partial class QuizAttemptStartTimes : Migration
    {
        /// <inheritdoc />
        protected override void Up(MigrationBuilder migrationBuilder)
        {
            // Attempts from before the quiz engine were started and submitted in one request.
            migrationBuilder.Sql("UPDATE \"QuizAttempts\" SET \"StartedAtUtc\" = \"SubmittedAtUtc\" WHERE \"SubmittedAtUtc\" IS NOT NULL;");
        }

        /// <inheritdoc />
        protected override void Down(MigrationBuilder migrationBuilder)
        {
        }
    }
}
