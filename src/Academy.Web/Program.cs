using Academy.Content;
using Academy.Web.Accounts;
using Academy.Web.Branding;
using Academy.Web.Data;
using Academy.Web.Health;
using Academy.Web.Learning;
using Academy.Web.Localization;
using Academy.Web.Pages;

var builder = WebApplication.CreateBuilder(args);

builder.AddCourseContent();
builder.AddLearnerData();
builder.AddAccounts();
builder.AddLearning();
builder.AddBranding();
builder.AddSiteLocalization();
builder.AddSitePages();

var app = builder.Build();

app.UseSiteLocalization();
app.UseSitePages();
app.MapSitePages();
app.MapHealth();

await app.RunAsync();

/// <summary>Entry point, visible to the integration tests' WebApplicationFactory.</summary>
public partial class Program;
