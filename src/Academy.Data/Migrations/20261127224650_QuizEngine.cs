using System;
using Microsoft.EntityFrameworkCore.Migrations;

#nullable disable

namespace Academy.Data.Migrations
{
    /// <inheritdoc />
    public partial class QuizEngine : Migration
    {
        /// <inheritdoc />
        protected override void Up(MigrationBuilder migrationBuilder)
        {
            migrationBuilder.AlterColumn<DateTime>(
                name: "SubmittedAtUtc",
                table: "QuizAttempts",
                type: "TEXT",
                nullable: true,
                oldClrType: typeof(DateTime),
                oldType: "TEXT");

            migrationBuilder.AddColumn<string>(
                name: "CheckedJson",
                table: "QuizAttempts",
                type: "TEXT",
                nullable: false,
                defaultValue: "[]");

            migrationBuilder.AddColumn<DateTime>(
                name: "DeadlineUtc",
                table: "QuizAttempts",
                type: "TEXT",
                nullable: true);

            migrationBuilder.AddColumn<string>(
                name: "DraftJson",
                table: "QuizAttempts",
                type: "TEXT",
                nullable: false,
                defaultValue: "{}");

            migrationBuilder.AddColumn<DateTime>(
                name: "DraftSavedAtUtc",
                table: "QuizAttempts",
                type: "TEXT",
                nullable: true);

            migrationBuilder.AddColumn<string>(
                name: "Mode",
                table: "QuizAttempts",
                type: "TEXT",
                maxLength: 20,
                nullable: false,
                defaultValue: "exam");

            migrationBuilder.AddColumn<string>(
                name: "OutcomesJson",
                table: "QuizAttempts",
                type: "TEXT",
                nullable: false,
                defaultValue: "[]");

            migrationBuilder.AddColumn<string>(
                name: "PresentationJson",
                table: "QuizAttempts",
                type: "TEXT",
                nullable: false,
                defaultValue: "[]");

            migrationBuilder.AddColumn<DateTime>(
                name: "StartedAtUtc",
                table: "QuizAttempts",
                type: "TEXT",
                nullable: false,
                defaultValue: new DateTime(1, 1, 1, 0, 0, 0, 0, DateTimeKind.Unspecified));

            migrationBuilder.AddColumn<bool>(
                name: "SubmittedLate",
                table: "QuizAttempts",
                type: "INTEGER",
                nullable: false,
                defaultValue: false);

            migrationBuilder.CreateTable(
                name: "DiagnosticResults",
                columns: table => new
                {
                    Id = table.Column<Guid>(type: "TEXT", nullable: false),
                    LearnerId = table.Column<string>(type: "TEXT", nullable: false),
                    AssessmentSlug = table.Column<string>(type: "TEXT", maxLength: 100, nullable: false),
                    TakenAtUtc = table.Column<DateTime>(type: "TEXT", nullable: false),
                    AnswersJson = table.Column<string>(type: "TEXT", nullable: false),
                    ScoresJson = table.Column<string>(type: "TEXT", nullable: false),
                    TopOutcome = table.Column<string>(type: "TEXT", maxLength: 100, nullable: false)
                },
                constraints: table =>
                {
                    table.PrimaryKey("PK_DiagnosticResults", x => x.Id);
                    table.ForeignKey(
                        name: "FK_DiagnosticResults_AspNetUsers_LearnerId",
                        column: x => x.LearnerId,
                        principalTable: "AspNetUsers",
                        principalColumn: "Id",
                        onDelete: ReferentialAction.Cascade);
                });

            migrationBuilder.CreateTable(
                name: "QuizTimeAllowances",
                columns: table => new
                {
                    LearnerId = table.Column<string>(type: "TEXT", nullable: false),
                    Factor = table.Column<double>(type: "REAL", nullable: false),
                    NoLimit = table.Column<bool>(type: "INTEGER", nullable: false),
                    GrantedAtUtc = table.Column<DateTime>(type: "TEXT", nullable: false),
                    GrantedBy = table.Column<string>(type: "TEXT", maxLength: 256, nullable: false)
                },
                constraints: table =>
                {
                    table.PrimaryKey("PK_QuizTimeAllowances", x => x.LearnerId);
                    table.ForeignKey(
                        name: "FK_QuizTimeAllowances_AspNetUsers_LearnerId",
                        column: x => x.LearnerId,
                        principalTable: "AspNetUsers",
                        principalColumn: "Id",
                        onDelete: ReferentialAction.Cascade);
                });

            migrationBuilder.CreateIndex(
                name: "IX_QuizAttempts_CourseSlug_QuizSlug_SubmittedAtUtc",
                table: "QuizAttempts",
                columns: new[] { "CourseSlug", "QuizSlug", "SubmittedAtUtc" });

            migrationBuilder.CreateIndex(
                name: "IX_QuizAttempts_OneOpenPerQuiz",
                table: "QuizAttempts",
                columns: new[] { "LearnerId", "CourseSlug", "QuizSlug" },
                unique: true,
                filter: "\"SubmittedAtUtc\" IS NULL");

            migrationBuilder.CreateIndex(
                name: "IX_DiagnosticResults_LearnerId_TakenAtUtc",
                table: "DiagnosticResults",
                columns: new[] { "LearnerId", "TakenAtUtc" });
        }

        /// <inheritdoc />
        protected override void Down(MigrationBuilder migrationBuilder)
        {
            migrationBuilder.DropTable(
                name: "DiagnosticResults");

            migrationBuilder.DropTable(
                name: "QuizTimeAllowances");

            migrationBuilder.DropIndex(
                name: "IX_QuizAttempts_CourseSlug_QuizSlug_SubmittedAtUtc",
                table: "QuizAttempts");

            migrationBuilder.DropIndex(
                name: "IX_QuizAttempts_OneOpenPerQuiz",
                table: "QuizAttempts");

            migrationBuilder.DropColumn(
                name: "CheckedJson",
                table: "QuizAttempts");

            migrationBuilder.DropColumn(
                name: "DeadlineUtc",
                table: "QuizAttempts");

            migrationBuilder.DropColumn(
                name: "DraftJson",
                table: "QuizAttempts");

            migrationBuilder.DropColumn(
                name: "DraftSavedAtUtc",
                table: "QuizAttempts");

            migrationBuilder.DropColumn(
                name: "Mode",
                table: "QuizAttempts");

            migrationBuilder.DropColumn(
                name: "OutcomesJson",
                table: "QuizAttempts");

            migrationBuilder.DropColumn(
                name: "PresentationJson",
                table: "QuizAttempts");

            migrationBuilder.DropColumn(
                name: "StartedAtUtc",
                table: "QuizAttempts");

            migrationBuilder.DropColumn(
                name: "SubmittedLate",
                table: "QuizAttempts");

            migrationBuilder.AlterColumn<DateTime>(
                name: "SubmittedAtUtc",
                table: "QuizAttempts",
                type: "TEXT",
                nullable: false,
                defaultValue: new DateTime(1, 1, 1, 0, 0, 0, 0, DateTimeKind.Unspecified),
                oldClrType: typeof(DateTime),
                oldType: "TEXT",
                oldNullable: true);
        }
    }
}
