using System.Net;
using Academy.Data;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.DependencyInjection;

namespace Academy.Web.Tests.Privacy;

/// <summary>"Konto löschen" on /me (DSGVO Art. 17), confirmed with the current password.</summary>
public sealed class AccountDeletionTests
{
    private const string Email = "loeschen@example.com";
    private const string Name = "Klara Löschmich";
    private const string Password = "geheim-und-lang";

    /// <summary>What deletion keeps on purpose: the orders and enrolments for the tax records, and the account row they point at, anonymised.</summary>
    private static readonly Type[] KeptForTaxRecords = [typeof(LearnerAccount), typeof(Order), typeof(Enrolment)];

    [Fact]
    public async Task Deleting_the_account_leaves_no_row_with_the_email_or_name_signs_out_and_keeps_the_sales_figures()
    {
        using var site = new AcademySite(settings: AcademySite.AdminSettings);
        using var browser = site.NewBrowser();
        await LearnerWithData.ArrangeAsync(browser, Email, Name, Password);
        using var admin = await site.SignInAdminAsync();
        var salesBefore = SalesFigures(await admin.GetAsync("/admin"));
        Assert.Contains("29,00 €", salesBefore, StringComparison.Ordinal);
        Assert.Contains("AspNetUsers.Email", await DatabaseScan.PlacesHoldingAsync(site, Email));
        Assert.Contains("AspNetUsers.DisplayName", await DatabaseScan.PlacesHoldingAsync(site, Name));
        var learnerId = await LearnerIdAsync(site, Email);

        var deleted = await DeleteAsync(browser, Password);

        Assert.Equal(HttpStatusCode.Redirect, deleted.StatusCode);
        Assert.Equal("/account/deleted", deleted.Headers.Location!.OriginalString);
        Assert.Contains("Dein Konto ist gelöscht", (await browser.FollowAsync(deleted)).Text, StringComparison.Ordinal);
        Assert.Empty(await DatabaseScan.PlacesHoldingAsync(site, Email));
        Assert.Empty(await DatabaseScan.PlacesHoldingAsync(site, Name));

        var me = await browser.Client.GetAsync("/me");
        Assert.Equal(HttpStatusCode.Redirect, me.StatusCode);
        Assert.StartsWith("/account/login", me.Headers.Location!.AbsolutePath, StringComparison.Ordinal);
        using var again = site.NewBrowser();
        var login = await again.GetAsync("/account/login");
        var signIn = await again.SubmitAsync(login, [new("Email", Email), new("Password", Password)]);
        Assert.Equal(HttpStatusCode.OK, signIn.StatusCode);
        Assert.Contains("stimmen nicht", (await LearnerBrowser.Page.ReadAsync(signIn)).Text, StringComparison.Ordinal);

        var adminAfter = await admin.GetAsync("/admin");
        Assert.Equal(salesBefore, SalesFigures(adminAfter));
        Assert.Contains("gelöschtes Konto", adminAfter.Document.QuerySelector("section[aria-labelledby=orders-heading]")!.TextContent, StringComparison.Ordinal);

        // Whatever else points at the learner is gone; a new learner table fails here until deletion handles it.
        foreach (var entity in (await LearnerDataExportTests.LearnerTablesAsync(site)).Where(e => !KeptForTaxRecords.Contains(e.ClrType)))
        {
            var column = entity.GetProperties().First(LearnerDataExportTests.PointsAtLearner).GetColumnName();
            var rows = await DatabaseScan.CountAsync(site, entity.GetTableName()!, column, learnerId);
            Assert.True(rows == 0, $"{rows} rows of {entity.GetTableName()} still belong to the deleted learner.");
        }

        Assert.Equal(1, await DatabaseScan.CountAsync(site, "Orders", "LearnerId", learnerId));
        Assert.Equal(2, await DatabaseScan.CountAsync(site, "Enrolments", "LearnerId", learnerId));
    }

    [Fact]
    public async Task The_deleted_learners_other_devices_are_signed_out_within_a_minute()
    {
        var clock = new Microsoft.Extensions.Time.Testing.FakeTimeProvider(DateTimeOffset.UtcNow);
        using var site = new AcademySite(clock: clock);
        using var phone = site.NewBrowser();
        await phone.RegisterAsync(Email, Name, Password);
        using var laptop = site.NewBrowser();
        await laptop.SubmitAsync(await laptop.GetAsync("/account/login"), [new("Email", Email), new("Password", Password)]);
        Assert.Equal(HttpStatusCode.OK, (await laptop.Client.GetAsync("/me")).StatusCode);

        await DeleteAsync(phone, Password);
        clock.Advance(TimeSpan.FromSeconds(61));
        var me = await laptop.Client.GetAsync("/me");

        Assert.Equal(HttpStatusCode.Redirect, me.StatusCode);
        Assert.StartsWith("/account/login", me.Headers.Location!.AbsolutePath, StringComparison.Ordinal);
    }

    [Fact]
    public async Task A_wrong_password_deletes_nothing_and_says_so_at_the_field()
    {
        using var site = new AcademySite();
        using var browser = site.NewBrowser();
        await LearnerWithData.ArrangeAsync(browser, Email, Name, Password);
        var learnerId = await LearnerIdAsync(site, Email);
        var before = await PlacesAsync(site);

        var refused = await DeleteAsync(browser, "falsches-passwort");

        Assert.Equal(HttpStatusCode.OK, refused.StatusCode);
        var page = await LearnerBrowser.Page.ReadAsync(refused);
        var input = page.Document.QuerySelector("input#Password")!;
        Assert.Equal("true", input.GetAttribute("aria-invalid"));
        Assert.Contains("Das Passwort stimmt nicht", page.Document.GetElementById(input.GetAttribute("aria-describedby")!.Split(' ').Last())!.TextContent, StringComparison.Ordinal);
        Assert.NotNull(page.Document.QuerySelector("[role=alert] a[href='#Password']"));
        Assert.Equal(before, await PlacesAsync(site));
        Assert.Equal(1, await DatabaseScan.CountAsync(site, "LessonCompletions", "LearnerId", learnerId));
        Assert.Equal(1, await DatabaseScan.CountAsync(site, "QuizAttempts", "LearnerId", learnerId));
        Assert.Equal(1, await DatabaseScan.CountAsync(site, "DiagnosticResults", "LearnerId", learnerId));
        var me = await browser.GetAsync("/me");
        Assert.Contains($"Hallo {Name}!", me.Text, StringComparison.Ordinal);
    }

    [Fact]
    public async Task An_empty_password_is_asked_for_again()
    {
        using var site = new AcademySite();
        using var browser = site.NewBrowser();
        await browser.RegisterAsync("leer@example.com");

        var refused = await LearnerBrowser.Page.ReadAsync(await DeleteAsync(browser, ""));

        Assert.Contains("Bitte gib dein Passwort ein", refused.Text, StringComparison.Ordinal);
        Assert.Equal(["AspNetUsers.Email", "AspNetUsers.NormalizedEmail", "AspNetUsers.NormalizedUserName", "AspNetUsers.UserName"], (await DatabaseScan.PlacesHoldingAsync(site, "leer@example.com")).Order());
    }

    /// <summary>Opens /me, follows its link to the confirmation page and submits it, as a learner would.</summary>
    internal static async Task<HttpResponseMessage> DeleteAsync(LearnerBrowser browser, string password)
    {
        var me = await browser.GetAsync("/me");
        var link = me.Document.QuerySelector("section[aria-labelledby=privacy-heading] a[href='/me/delete']");
        Assert.NotNull(link);
        var confirm = await browser.GetAsync("/me/delete");
        Assert.Equal("Konto löschen", confirm.Document.QuerySelector("h1")!.TextContent.Trim());
        return await browser.SubmitAsync(confirm, [new("Password", password)]);
    }

    internal static string SalesFigures(LearnerBrowser.Page admin) =>
        admin.Document.QuerySelector("section[aria-labelledby=sales-heading]")!.TextContent;

    internal static async Task<string> LearnerIdAsync(AcademySite site, string email)
    {
        await using var scope = site.Services.CreateAsyncScope();
        var db = scope.ServiceProvider.GetRequiredService<AcademyDb>();
        return await db.Users.Where(u => u.Email == email).Select(u => u.Id).SingleAsync();
    }

    private static async Task<string> PlacesAsync(AcademySite site) =>
        string.Join(",", await DatabaseScan.PlacesHoldingAsync(site, Email)) + "|" + string.Join(",", await DatabaseScan.PlacesHoldingAsync(site, Name));
}
