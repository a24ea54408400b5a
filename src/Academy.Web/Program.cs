using Academy.Content;
using Academy.Data;
using Academy.Payments;
using Academy.Web.Accounts;
using Academy.Web.Branding;
using Academy.Web.Diagnostics;
using Academy.Web.Health;
using Academy.Web.Learning;
using Academy.Web.Localization;
using Academy.Web.Pages;
using Academy.Web.Privacy;
using Academy.Web.Purchases;

var builder = WebApplication.CreateBuilder(args);

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

var app = builder.Build();

app.UseSiteLocalization();
app.UseSitePages();
app.MapSitePages();
app.MapPaymentWebhooks();
app.MapContentWebhooks();
app.MapHealth();

await app.RunAsync();

/// <summary>Entry point, visible to the integration tests' WebApplicationFactory.</summary>
public partial class Program;
