using System.Net;
using Academy.Data;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.DependencyInjection;

namespace Academy.Web.Tests.Purchases;

public sealed class PaidAccessTests
{
    private static readonly string[] PreviewRoutes = ["/courses/testkurs/erste-lektion", "/courses/zweiter-kurs/los-gehts"];
    private static readonly string[] PaidRoutes = ["/courses/testkurs/zweite-lektion", "/courses/testkurs/dritte-lektion", "/courses/testkurs/quiz/grundlagen"];

    [Fact]
    public async Task Every_lesson_and_quiz_route_answers_each_kind_of_visitor_correctly()
    {
        using var site = new AcademySite();
        using var visitor = site.NewBrowser();
        using var learner = site.NewBrowser();
        await learner.RegisterAsync("ohne-kurs@example.com");
        using var enrolled = site.NewBrowser();
        await enrolled.RegisterAndBuyAsync("mit-kurs@example.com", "testkurs-paket");

        foreach (var route in PreviewRoutes)
        {
            Assert.Equal(HttpStatusCode.OK, (await visitor.GetAsync(route)).Status);
            Assert.Equal(HttpStatusCode.OK, (await learner.GetAsync(route)).Status);
            Assert.Equal(HttpStatusCode.OK, (await enrolled.GetAsync(route)).Status);
        }

        foreach (var route in PaidRoutes)
        {
            var anonymous = await visitor.GetAsync(route);
            Assert.Equal(HttpStatusCode.Unauthorized, anonymous.Status);
            Assert.NotNull(anonymous.Document.QuerySelector(".locked a[href^='/account/register']"));

            var notEnrolled = await learner.GetAsync(route);
            Assert.Equal(HttpStatusCode.Forbidden, notEnrolled.Status);
            Assert.Null(notEnrolled.Document.QuerySelector(".prose, form.quiz-form, .quiz-facts"));
            Assert.Equal(["/checkout/testkurs-paket", "/checkout/alles"], notEnrolled.Document.QuerySelectorAll(".locked .package-options a").Select(a => a.GetAttribute("href")));
            Assert.Contains("19,00 €", notEnrolled.Text, StringComparison.Ordinal);

            var owner = await enrolled.GetAsync(route);
            Assert.Equal(HttpStatusCode.OK, owner.Status);
            Assert.NotNull(owner.Document.QuerySelector(".prose, .quiz-facts button[formaction*='handler=Start']"));
        }
    }

    [Fact]
    public async Task A_learner_without_an_enrolment_cannot_post_a_quiz_or_mark_a_paid_lesson_done()
    {
        using var site = new AcademySite();
        using var owner = site.NewBrowser();
        await owner.RegisterAndBuyAsync("besitzerin@example.com");
        var quizForm = await owner.GetAsync("/courses/testkurs/quiz/grundlagen");
        using var learner = site.NewBrowser();
        await learner.RegisterAsync("ohne@example.com");
        var token = (await learner.GetAsync("/courses/testkurs/erste-lektion")).Document.QuerySelector("main input[name=__RequestVerificationToken]")!.GetAttribute("value")!;

        var quiz = await learner.Client.PostAsync("/courses/testkurs/quiz/grundlagen", new FormUrlEncodedContent([new("__RequestVerificationToken", token), new("q1", "1"), new("q2", "0")]));
        var done = await learner.Client.PostAsync("/courses/testkurs/zweite-lektion?handler=Done", new FormUrlEncodedContent([new("__RequestVerificationToken", token)]));

        Assert.Equal(HttpStatusCode.Forbidden, quiz.StatusCode);
        Assert.Equal(HttpStatusCode.Forbidden, done.StatusCode);
        await using var scope = site.Services.CreateAsyncScope();
        var db = scope.ServiceProvider.GetRequiredService<AcademyDb>();
        Assert.Equal(0, await db.QuizAttempts.CountAsync());
        Assert.Equal(0, await db.LessonCompletions.CountAsync());
        Assert.NotNull(quizForm.Document.QuerySelector(".quiz-facts button[formaction*='handler=Start']"));
    }

    [Fact]
    public async Task Buying_with_the_development_provider_enrols_once_and_shows_the_receipt()
    {
        using var site = new AcademySite();
        using var browser = site.NewBrowser();
        await browser.RegisterAsync("kauf@example.com");

        var confirm = await browser.GetAsync("/checkout/alles");
        Assert.Contains("Testmodus", confirm.Text, StringComparison.Ordinal);
        var success = await browser.BuyAsync("alles");
        var again = await browser.GetAsync(success.Url);

        Assert.Contains("Dein Kurs ist freigeschaltet", success.Text, StringComparison.Ordinal);
        Assert.Contains("Dein Kurs ist freigeschaltet", again.Text, StringComparison.Ordinal);
        await using (var scope = site.Services.CreateAsyncScope())
        {
            var db = scope.ServiceProvider.GetRequiredService<AcademyDb>();
            var order = await db.Orders.SingleAsync();
            Assert.Equal(OrderStatus.Paid, order.Status);
            Assert.Equal(2900, order.AmountCents);
            Assert.Equal(["testkurs", "zweiter-kurs"], (await db.Enrolments.Select(e => e.CourseSlug).ToListAsync()).Order());
        }

        var me = await browser.GetAsync("/me");
        var receipt = me.Document.QuerySelectorAll(".results-table").Last().QuerySelector("tbody tr")!.TextContent;
        Assert.Contains("Alle Testkurse", receipt, StringComparison.Ordinal);
        Assert.Contains("29,00 €", receipt, StringComparison.Ordinal);
        Assert.Contains("bezahlt", receipt, StringComparison.Ordinal);
        var course = await browser.GetAsync("/courses/testkurs");
        Assert.NotNull(course.Document.QuerySelector(".access-badge"));
        Assert.Null(course.Document.QuerySelector(".packages-for-course"));
    }

    [Fact]
    public async Task A_delayed_payment_unlocks_only_when_it_arrives()
    {
        using var site = new AcademySite(settings: AcademySite.AdminSettings);
        using var browser = site.NewBrowser();
        await browser.RegisterAsync("lastschrift@example.com");
        var confirm = await browser.GetAsync("/checkout/testkurs-paket");
        var toProvider = await browser.SubmitAsync(confirm, []);
        var providerPage = await browser.GetAsync(toProvider.Headers.Location!.OriginalString);

        var pending = await browser.FollowAsync(await browser.SubmitAsync(providerPage, [], handler: "PayLater"));
        Assert.Contains("Deine Zahlung ist unterwegs", pending.Text, StringComparison.Ordinal);
        Assert.Equal(HttpStatusCode.Forbidden, (await browser.GetAsync("/courses/testkurs/zweite-lektion")).Status);

        using var admin = await site.SignInAdminAsync();
        var overview = await admin.GetAsync("/admin");
        Assert.Contains("Zahlung unterwegs", overview.Text, StringComparison.Ordinal);
        await admin.SubmitAsync(overview, [], handler: "Settle");

        Assert.Equal(HttpStatusCode.OK, (await browser.GetAsync("/courses/testkurs/zweite-lektion")).Status);
    }

    [Fact]
    public async Task A_refund_revokes_access_and_the_learner_sees_why()
    {
        using var site = new AcademySite(settings: AcademySite.AdminSettings);
        using var browser = site.NewBrowser();
        await browser.RegisterAndBuyAsync("erstattung@example.com", "testkurs-paket");
        Assert.Equal(HttpStatusCode.OK, (await browser.GetAsync("/courses/testkurs/zweite-lektion")).Status);

        using var admin = await site.SignInAdminAsync();
        var overview = await admin.GetAsync("/admin");
        Assert.Contains("19,00 €", overview.Document.QuerySelector("#sales-heading + .stat")!.TextContent, StringComparison.Ordinal);
        await admin.SubmitAsync(overview, [], handler: "Refund");

        Assert.Equal(HttpStatusCode.Forbidden, (await browser.GetAsync("/courses/testkurs/zweite-lektion")).Status);
        var me = await browser.GetAsync("/me");
        Assert.Contains("Testkurs Grundlagen: Der Zugang endete, weil die Zahlung erstattet wurde.", me.Text, StringComparison.Ordinal);
        Assert.Contains("erstattet", me.Document.QuerySelectorAll(".results-table").Last().TextContent, StringComparison.Ordinal);
        var after = await admin.GetAsync("/admin");
        Assert.Contains("Umsatz: 0,00 €", after.Text, StringComparison.Ordinal);
    }

    [Fact]
    public async Task Refunding_an_order_awaiting_payment_is_refused_and_touches_no_other_learners_order()
    {
        using var site = new AcademySite(settings: AcademySite.AdminSettings);
        using var undecided = site.NewBrowser();
        await undecided.RegisterAsync("unentschlossen@example.com");
        await undecided.SubmitAsync(await undecided.GetAsync("/checkout/alles"), []);
        using var paid = site.NewBrowser();
        await paid.RegisterAndBuyAsync("bezahlt@example.com", "testkurs-paket");
        using var debit = site.NewBrowser();
        await debit.RegisterAsync("lastschrift@example.com");
        var toProvider = await debit.SubmitAsync(await debit.GetAsync("/checkout/testkurs-paket"), []);
        await debit.FollowAsync(await debit.SubmitAsync(await debit.GetAsync(toProvider.Headers.Location!.OriginalString), [], handler: "PayLater"));
        var awaiting = await OrderOfAsync(site, "lastschrift@example.com");
        Assert.Equal(OrderStatus.AwaitingPayment, awaiting.Status);

        using var admin = await site.SignInAdminAsync();
        var overview = await admin.GetAsync("/admin");
        var refund = await admin.Client.PostAsync("/admin?handler=Refund", new FormUrlEncodedContent([overview.AntiforgeryToken, new("order", awaiting.Id.ToString())]));

        Assert.Equal(HttpStatusCode.BadRequest, refund.StatusCode);
        Assert.Equal(OrderStatus.AwaitingPayment, (await OrderOfAsync(site, "lastschrift@example.com")).Status);
        Assert.Equal(OrderStatus.Pending, (await OrderOfAsync(site, "unentschlossen@example.com")).Status);
        Assert.Equal(OrderStatus.Paid, (await OrderOfAsync(site, "bezahlt@example.com")).Status);
        Assert.Equal(HttpStatusCode.OK, (await paid.GetAsync("/courses/testkurs/zweite-lektion")).Status);
    }

    [Fact]
    public async Task An_order_without_any_payment_cannot_be_refunded()
    {
        using var site = new AcademySite(settings: AcademySite.AdminSettings);
        using var undecided = site.NewBrowser();
        await undecided.RegisterAsync("unentschlossen@example.com");
        await undecided.SubmitAsync(await undecided.GetAsync("/checkout/alles"), []);
        using var other = site.NewBrowser();
        await other.RegisterAsync("auch-offen@example.com");
        await other.SubmitAsync(await other.GetAsync("/checkout/alles"), []);
        var pending = await OrderOfAsync(site, "unentschlossen@example.com");

        using var admin = await site.SignInAdminAsync();
        var overview = await admin.GetAsync("/admin");
        var refund = await admin.Client.PostAsync("/admin?handler=Refund", new FormUrlEncodedContent([overview.AntiforgeryToken, new("order", pending.Id.ToString())]));

        Assert.Equal(HttpStatusCode.BadRequest, refund.StatusCode);
        Assert.Equal(OrderStatus.Pending, (await OrderOfAsync(site, "unentschlossen@example.com")).Status);
        Assert.Equal(OrderStatus.Pending, (await OrderOfAsync(site, "auch-offen@example.com")).Status);
    }

    private static async Task<Order> OrderOfAsync(AcademySite site, string email)
    {
        await using var scope = site.Services.CreateAsyncScope();
        var db = scope.ServiceProvider.GetRequiredService<AcademyDb>();
        var learner = await db.Users.SingleAsync(u => u.Email == email);
        return await db.Orders.AsNoTracking().SingleAsync(o => o.LearnerId == learner.Id);
    }

    [Fact]
    public async Task The_admin_page_is_for_admins_only()
    {
        using var site = new AcademySite(settings: AcademySite.AdminSettings);
        using var visitor = site.NewBrowser();
        using var learner = site.NewBrowser();
        await learner.RegisterAsync("neugierig@example.com");

        var anonymous = await visitor.Client.GetAsync("/admin");
        var forbidden = await learner.FollowAsync(await learner.Client.GetAsync("/admin"));

        Assert.Equal(HttpStatusCode.Redirect, anonymous.StatusCode);
        Assert.StartsWith("/account/login", anonymous.Headers.Location!.AbsolutePath, StringComparison.Ordinal);
        Assert.Equal(HttpStatusCode.Forbidden, forbidden.Status);
        Assert.Null(forbidden.Document.QuerySelector("#sales-heading"));
    }

    [Fact]
    public async Task The_packages_page_lists_prices_and_what_the_learner_already_owns()
    {
        using var site = new AcademySite();
        using var browser = site.NewBrowser();
        await browser.RegisterAndBuyAsync("teilweise@example.com", "testkurs-paket");

        var page = await browser.GetAsync("/packages");

        var cards = page.Document.QuerySelectorAll(".package-card").ToList();
        Assert.Equal(["Testkurs einzeln", "Alle Testkurse"], cards.Select(c => c.QuerySelector("h2")!.TextContent));
        Assert.Equal(["19,00 €", "29,00 €"], cards.Select(c => c.QuerySelector(".price-tag")!.TextContent.Trim()));
        Assert.NotNull(cards[0].QuerySelector(".notice-success"));
        Assert.NotNull(cards[1].QuerySelector("a[href='/checkout/alles']"));
        Assert.Single(cards[1].QuerySelectorAll(".badge-done"));
    }

    [Fact]
    public async Task A_success_link_for_someone_elses_session_reveals_and_fulfils_nothing()
    {
        using var site = new AcademySite();
        using var buyer = site.NewBrowser();
        await buyer.RegisterAsync("kaeuferin@example.com");
        var confirm = await buyer.GetAsync("/checkout/alles");
        var toProvider = await buyer.SubmitAsync(confirm, []);
        var sessionId = toProvider.Headers.Location!.OriginalString.Split('/').Last();

        using var stranger = site.NewBrowser();
        await stranger.RegisterAsync("fremd@example.com");
        var page = await stranger.GetAsync($"/checkout/success?session_id={sessionId}");
        var devPage = await stranger.GetAsync($"/checkout/dev/{sessionId}");

        Assert.Equal(HttpStatusCode.NotFound, page.Status);
        Assert.Equal(HttpStatusCode.NotFound, devPage.Status);
        await using var scope = site.Services.CreateAsyncScope();
        Assert.Equal(OrderStatus.Pending, (await scope.ServiceProvider.GetRequiredService<AcademyDb>().Orders.SingleAsync()).Status);
    }
}
