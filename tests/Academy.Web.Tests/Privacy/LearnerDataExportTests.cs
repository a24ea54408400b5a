using System.Net;
using System.Security.Claims;
using System.Text.Json;
using Academy.Data;
using Academy.Web.Privacy;
using Microsoft.AspNetCore.Identity;
using Microsoft.EntityFrameworkCore;
using Microsoft.EntityFrameworkCore.Metadata;
using Microsoft.Extensions.DependencyInjection;

namespace Academy.Web.Tests.Privacy;

/// <summary>"Meine Daten herunterladen" on /me (DSGVO Art. 15 and 20).</summary>
public sealed class LearnerDataExportTests
{
    [Fact]
    public async Task The_download_holds_the_account_progress_quiz_attempt_check_result_order_and_enrolments()
    {
        using var site = new AcademySite();
        using var browser = site.NewBrowser();
        await LearnerWithData.ArrangeAsync(browser, "auskunft@example.com", "Anna Auskunft");

        var response = await LearnerWithData.DownloadAsync(browser);

        using var export = await LearnerWithData.ReadExportAsync(response);
        var root = export.RootElement;
        var account = root.GetProperty("account");
        Assert.Equal("auskunft@example.com", account.GetProperty("email").GetString());
        Assert.Equal("Anna Auskunft", account.GetProperty("displayName").GetString());
        Assert.Equal(root.GetProperty("learnerId").GetString(), account.GetProperty("id").GetString());
        Assert.False(account.GetProperty("emailConfirmed").GetBoolean());

        var completion = Assert.Single(root.GetProperty("lessonCompletions").EnumerateArray());
        Assert.Equal("testkurs", completion.GetProperty("courseSlug").GetString());
        Assert.Equal("erste-lektion", completion.GetProperty("lessonSlug").GetString());

        var attempt = Assert.Single(root.GetProperty("quizAttempts").EnumerateArray());
        Assert.Equal("grundlagen", attempt.GetProperty("quizSlug").GetString());
        Assert.Equal(50, attempt.GetProperty("scorePercent").GetInt32());
        Assert.True(attempt.GetProperty("passed").GetBoolean());
        // The answers are embedded as JSON, one entry per answered question, not as an escaped string.
        Assert.Equal(JsonValueKind.Object, attempt.GetProperty("answers").ValueKind);
        Assert.Equal(2, attempt.GetProperty("answers").EnumerateObject().Count());
        Assert.Equal(2, attempt.GetProperty("outcomes").GetArrayLength());

        var check = Assert.Single(root.GetProperty("checkResults").EnumerateArray());
        Assert.Equal("test-check", check.GetProperty("assessmentSlug").GetString());
        Assert.Equal("agentur", check.GetProperty("topOutcome").GetString());
        Assert.Equal("1", check.GetProperty("answers").GetProperty("q1").ToString());

        var order = Assert.Single(root.GetProperty("orders").EnumerateArray());
        Assert.Equal("alles", order.GetProperty("packageSlug").GetString());
        Assert.Equal(2900, order.GetProperty("amountCents").GetInt64());
        Assert.Equal("Paid", order.GetProperty("status").GetString());
        Assert.Equal(
            ["testkurs", "zweiter-kurs"],
            root.GetProperty("enrolments").EnumerateArray().Select(e => e.GetProperty("courseSlug").GetString()).Order());
        Assert.Contains("cannot be tied", root.GetProperty("paymentReceipts").GetString(), StringComparison.Ordinal);
    }

    [Fact]
    public async Task The_download_is_an_uncached_attachment_without_the_password_hash_or_stamps()
    {
        using var site = new AcademySite();
        using var browser = site.NewBrowser();
        await browser.RegisterAsync("anhang@example.com");

        var response = await LearnerWithData.DownloadAsync(browser);

        Assert.Equal("attachment", response.Content.Headers.ContentDisposition?.DispositionType);
        Assert.EndsWith(".json", response.Content.Headers.ContentDisposition?.FileName?.Trim('"'), StringComparison.Ordinal);
        Assert.Contains("no-store", response.Headers.CacheControl?.ToString(), StringComparison.Ordinal);
        var text = await response.Content.ReadAsStringAsync();
        var stored = await StoredAccountAsync(site, "anhang@example.com");
        Assert.DoesNotContain(stored.PasswordHash!, text, StringComparison.Ordinal);
        Assert.DoesNotContain(stored.SecurityStamp!, text, StringComparison.Ordinal);
        Assert.DoesNotContain("passwordHash", text, StringComparison.OrdinalIgnoreCase);
        Assert.DoesNotContain("securityStamp", text, StringComparison.OrdinalIgnoreCase);
    }

    [Fact]
    public async Task The_download_needs_the_forms_antiforgery_token()
    {
        using var site = new AcademySite();
        using var browser = site.NewBrowser();
        await browser.RegisterAsync("fremdseite@example.com");

        var forged = await browser.Client.PostAsync("/me?handler=Export", new FormUrlEncodedContent([]));

        Assert.Equal(HttpStatusCode.BadRequest, forged.StatusCode);
        Assert.Null(forged.Content.Headers.ContentDisposition);
    }

    [Fact]
    public async Task Every_table_that_points_at_a_learner_has_a_section_in_the_export()
    {
        using var site = new AcademySite();
        using var browser = site.NewBrowser();
        await browser.RegisterAsync("abdeckung@example.com");

        using var export = await LearnerWithData.ReadExportAsync(await LearnerWithData.DownloadAsync(browser));

        var learnerTables = await LearnerTablesAsync(site);
        Assert.Contains(learnerTables, entity => entity.ClrType == typeof(Order));
        Assert.All(learnerTables, entity =>
        {
            Assert.True(
                LearnerDataExport.Sections.TryGetValue(entity.ClrType, out var section),
                $"Table {entity.GetTableName()} ({entity.ClrType.Name}) points at a learner but LearnerDataExport.Sections does not name it.");
            Assert.True(export.RootElement.TryGetProperty(section, out _), $"The export has no '{section}' section for {entity.GetTableName()}.");
        });
    }

    [Fact]
    public async Task Every_column_of_a_learner_table_is_in_the_export_unless_withheld_on_purpose()
    {
        using var site = new AcademySite();
        using var browser = site.NewBrowser();
        await LearnerWithData.ArrangeAsync(browser, "spalten@example.com", "Sven Spalte");
        await GiveIdentityRowsAsync(site, "spalten@example.com");

        var text = await (await LearnerWithData.DownloadAsync(browser)).Content.ReadAsStringAsync();

        using var export = JsonDocument.Parse(text);
        Assert.DoesNotContain("token-wert-der-geheim-bleibt", text, StringComparison.Ordinal);
        foreach (var entity in await LearnerTablesAsync(site))
        {
            var section = export.RootElement.GetProperty(LearnerDataExport.Sections[entity.ClrType]);
            var row = section.ValueKind == JsonValueKind.Array ? section.EnumerateArray().FirstOrDefault() : section;
            Assert.True(row.ValueKind == JsonValueKind.Object, $"The test arranged no {entity.GetTableName()} row, so its columns cannot be checked.");
            var exported = row.EnumerateObject().Select(p => p.Name).ToHashSet(StringComparer.OrdinalIgnoreCase);
            var withheld = LearnerDataExport.Withheld.GetValueOrDefault(entity.ClrType) ?? new HashSet<string>();
            var missing = entity.GetProperties()
                .Where(p => !PointsAtLearner(p) && !withheld.Contains(p.Name))
                .Where(p => !exported.Contains(p.Name) && !exported.Contains(p.Name.EndsWith("Json", StringComparison.Ordinal) ? p.Name[..^4] : p.Name))
                .Select(p => p.Name)
                .ToList();
            Assert.True(missing.Count == 0, $"{entity.GetTableName()}: {string.Join(", ", missing)} not in the export and not withheld on purpose.");
        }
    }

    /// <summary>The learner tables: the account, and every table with a LearnerId or a foreign key to the account.</summary>
    internal static async Task<IReadOnlyList<IEntityType>> LearnerTablesAsync(AcademySite site)
    {
        await using var scope = site.Services.CreateAsyncScope();
        var model = scope.ServiceProvider.GetRequiredService<AcademyDb>().Model;
        return [.. model.GetEntityTypes().Where(entity =>
            entity.ClrType == typeof(LearnerAccount)
            || entity.FindProperty("LearnerId") is not null
            || entity.GetForeignKeys().Any(fk => fk.PrincipalEntityType.ClrType == typeof(LearnerAccount)))];
    }

    /// <summary>The column that says whose row it is: given once at the top of the export, not on every row.</summary>
    internal static bool PointsAtLearner(IProperty property) =>
        property.Name == "LearnerId" || property.GetContainingForeignKeys().Any(fk => fk.PrincipalEntityType.ClrType == typeof(LearnerAccount));

    private static async Task<LearnerAccount> StoredAccountAsync(AcademySite site, string email)
    {
        await using var scope = site.Services.CreateAsyncScope();
        return (await scope.ServiceProvider.GetRequiredService<UserManager<LearnerAccount>>().FindByEmailAsync(email))!;
    }

    // The site itself writes no claims, external logins, tokens or roles for learners yet; Identity can.
    private static async Task GiveIdentityRowsAsync(AcademySite site, string email)
    {
        await using var scope = site.Services.CreateAsyncScope();
        var accounts = scope.ServiceProvider.GetRequiredService<UserManager<LearnerAccount>>();
        var roles = scope.ServiceProvider.GetRequiredService<RoleManager<IdentityRole>>();
        var db = scope.ServiceProvider.GetRequiredService<AcademyDb>();
        var account = (await accounts.FindByEmailAsync(email))!;
        await roles.CreateAsync(new IdentityRole("Editor"));
        Assert.True((await accounts.AddToRoleAsync(account, "Editor")).Succeeded);
        Assert.True((await accounts.AddClaimAsync(account, new Claim("newsletter", "ja"))).Succeeded);
        Assert.True((await accounts.AddLoginAsync(account, new UserLoginInfo("Beispiel", "beispiel-schluessel", "Beispiel-Login"))).Succeeded);
        Assert.True((await accounts.SetAuthenticationTokenAsync(account, "Beispiel", "zugang", "token-wert-der-geheim-bleibt")).Succeeded);
        db.QuizTimeAllowances.Add(new QuizTimeAllowance { LearnerId = account.Id, Factor = 2, GrantedBy = "agentur@example.com", GrantedAtUtc = DateTime.UtcNow });
        await db.SaveChangesAsync();
    }
}
