using System.Net;

namespace Academy.Web.Tests.Privacy;

/// <summary>/admin/privacy: the agency answers a learner's request by mail with the same export and deletion.</summary>
public sealed class AdminPrivacyTests
{
    private const string Email = "per-mail@example.com";
    private const string Name = "Moritz Mailanfrage";

    [Fact]
    public async Task The_admin_downloads_a_learners_data_by_email()
    {
        using var site = new AcademySite(settings: AcademySite.AdminSettings);
        using var learner = site.NewBrowser();
        await LearnerWithData.ArrangeAsync(learner, Email, Name);
        using var admin = await site.SignInAdminAsync();

        var form = await admin.GetAsync("/admin/privacy");
        var response = await admin.SubmitAsync(form, [new("Email", " " + Email.ToUpperInvariant() + " ")], handler: "Export");

        Assert.Equal("attachment", response.Content.Headers.ContentDisposition?.DispositionType);
        using var export = await LearnerWithData.ReadExportAsync(response);
        Assert.Equal(Email, export.RootElement.GetProperty("account").GetProperty("email").GetString());
        Assert.Equal(Name, export.RootElement.GetProperty("account").GetProperty("displayName").GetString());
        Assert.Single(export.RootElement.GetProperty("quizAttempts").EnumerateArray());
        Assert.Equal("alles", Assert.Single(export.RootElement.GetProperty("orders").EnumerateArray()).GetProperty("packageSlug").GetString());
    }

    [Fact]
    public async Task The_admin_deletes_a_learner_by_email_after_confirming()
    {
        using var site = new AcademySite(settings: AcademySite.AdminSettings);
        using var learner = site.NewBrowser();
        await LearnerWithData.ArrangeAsync(learner, Email, Name);
        using var admin = await site.SignInAdminAsync();
        var salesBefore = AccountDeletionTests.SalesFigures(await admin.GetAsync("/admin"));
        var learnerId = await AccountDeletionTests.LearnerIdAsync(site, Email);

        var form = await admin.GetAsync("/admin/privacy");
        var toConfirm = await admin.SubmitAsync(form, [new("Email", Email)], handler: "Delete");
        Assert.Equal(HttpStatusCode.Redirect, toConfirm.StatusCode);
        var confirm = await admin.FollowAsync(toConfirm);
        Assert.Contains(Email, confirm.Text, StringComparison.Ordinal);
        Assert.Contains(Name, confirm.Text, StringComparison.Ordinal);
        Assert.Contains("erhalten bleiben (ohne Namen und E-Mail-Adresse): 1.", confirm.Text, StringComparison.Ordinal);
        // Nothing happens until the confirmation is sent.
        Assert.NotEmpty(await DatabaseScan.PlacesHoldingAsync(site, Email));

        var done = await admin.FollowAsync(await admin.SubmitAsync(confirm, []));

        Assert.Contains("Das Konto ist gelöscht", done.Text, StringComparison.Ordinal);
        Assert.Empty(await DatabaseScan.PlacesHoldingAsync(site, Email));
        Assert.Empty(await DatabaseScan.PlacesHoldingAsync(site, Name));
        Assert.Equal(0, await DatabaseScan.CountAsync(site, "QuizAttempts", "LearnerId", learnerId));
        Assert.Equal(salesBefore, AccountDeletionTests.SalesFigures(await admin.GetAsync("/admin")));
        using var again = site.NewBrowser();
        var login = await again.GetAsync("/account/login");
        Assert.Equal(HttpStatusCode.OK, (await again.SubmitAsync(login, [new("Email", Email), new("Password", "geheim-und-lang")])).StatusCode);
        Assert.Equal(HttpStatusCode.NotFound, (await admin.GetAsync($"/admin/privacy/delete/{learnerId}")).Status);
    }

    [Fact]
    public async Task The_admin_cannot_delete_their_own_account_here()
    {
        using var site = new AcademySite(settings: AcademySite.AdminSettings);
        using var admin = await site.SignInAdminAsync();
        var adminEmail = AcademySite.AdminSettings["Academy:Admin:Email"];
        var adminId = await AccountDeletionTests.LearnerIdAsync(site, adminEmail);

        var form = await admin.GetAsync("/admin/privacy");
        var refused = await LearnerBrowser.Page.ReadAsync(await admin.SubmitAsync(form, [new("Email", adminEmail)], handler: "Delete"));
        var direct = await admin.GetAsync($"/admin/privacy/delete/{adminId}");
        var posted = await admin.Client.PostAsync($"/admin/privacy/delete/{adminId}", new FormUrlEncodedContent([direct.AntiforgeryToken]));

        Assert.Equal(HttpStatusCode.OK, refused.Status);
        Assert.Contains("Das ist dein eigenes Admin-Konto", refused.Document.QuerySelector("#Email-error")!.TextContent, StringComparison.Ordinal);
        Assert.Null(direct.Document.QuerySelector("main form"));
        Assert.Contains("Das ist dein eigenes Admin-Konto", (await LearnerBrowser.Page.ReadAsync(posted)).Text, StringComparison.Ordinal);
        Assert.Contains("AspNetUsers.Email", await DatabaseScan.PlacesHoldingAsync(site, adminEmail));
        Assert.Equal(HttpStatusCode.OK, (await admin.GetAsync("/admin")).Status);
    }

    [Fact]
    public async Task An_unknown_email_is_named_at_the_field()
    {
        using var site = new AcademySite(settings: AcademySite.AdminSettings);
        using var admin = await site.SignInAdminAsync();

        var form = await admin.GetAsync("/admin/privacy");
        var page = await LearnerBrowser.Page.ReadAsync(await admin.SubmitAsync(form, [new("Email", "niemand@example.com")], handler: "Export"));

        Assert.NotNull(page.Document.QuerySelector("main form"));
        Assert.Contains("kein Konto", page.Document.QuerySelector("#Email-error")!.TextContent, StringComparison.Ordinal);
        Assert.Equal("niemand@example.com", page.Document.QuerySelector("input#Email")!.GetAttribute("value"));
    }
}
