using Academy.Content;
using Academy.Data;
using Academy.Payments;
using Academy.Web.Accounts;
using Academy.Web.Branding;
using Academy.Web.Diagnostics;
using Academy.Web.Health;
using Academy.Web.Hosting;
using Academy.Web.Learning;
using Academy.Web.Localization;
using Academy.Web.Pages;
using Academy.Web.Privacy;
using Academy.Web.Purchases;
using Academy.Web.Throttling;

var builder = WebApplication.CreateBuilder(args);

builder.AddSiteHosting();
builder.AddCourseContent();
builder.AddLearnerData();
builder.AddAccounts();
builder.AddLearning();
builder.AddPayments();
builder.AddPurchases();
builder.AddDiagnostics();
builder.AddPrivacy();
builder.AddBranding();
builder.AddSiteLocalization();
builder.AddSitePages();
builder.AddRequestThrottling();

var app = builder.Build();

app.UseSiteHosting();
app.UseSiteLocalization();
app.UseSitePages();
app.UseRequestThrottling();
app.UseAccounts();
app.MapSitePages();
app.MapPaymentWebhooks();
app.MapContentWebhooks();
app.MapHealth();

await app.RunSiteAsync();

/// <summary>Entry point, visible to the integration tests' WebApplicationFactory.</summary>
public partial class Program;
