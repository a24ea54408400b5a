using Academy.Content;
using Academy.Content.Hosting;
using Academy.Data;
using Academy.Web.Accounts;
using Microsoft.AspNetCore.Authorization;
using Microsoft.AspNetCore.Identity;
using Microsoft.AspNetCore.Mvc;
using Microsoft.AspNetCore.Mvc.RazorPages;
using Microsoft.Extensions.Localization;

namespace Academy.Web.Pages.Admin;

/// <summary>Where the content comes from, how the last refresh went, a refresh on demand, and who may preview drafts.</summary>
[Authorize(Roles = AdminAccountOptions.Role)]
public sealed class ContentModel(CatalogueStore catalogue, ContentRefresher refresher, UserManager<LearnerAccount> accounts, RoleManager<IdentityRole> roles, IStringLocalizer<SiteText> text)
    : PageModel
{
    public IContentSource Source => refresher.Source;

    public ContentStatus Status => catalogue.Status;

    public Domain.Catalogue.Catalogue Catalogue => catalogue.Current;

    public IReadOnlyList<string> Editors { get; private set; } = [];

    [BindProperty]
    public string? Email { get; set; }

    public string? Message { get; private set; }

    public Task OnGetAsync() => LoadAsync();

    public async Task<IActionResult> OnPostRefreshAsync(CancellationToken cancellationToken)
    {
        var status = await refresher.RefreshAsync(cancellationToken);
        return RedirectToPage(new { refreshed = status.Outcome.ToString() });
    }

    public async Task<IActionResult> OnPostAddEditorAsync()
    {
        var account = string.IsNullOrWhiteSpace(Email) ? null : await accounts.FindByEmailAsync(Email.Trim());
        if (account is null)
        {
            ModelState.AddModelError(nameof(Email), text["Admin.Content.UnknownAccount"]);
            Response.StatusCode = StatusCodes.Status422UnprocessableEntity;
            await LoadAsync();
            return Page();
        }

        if (!await roles.RoleExistsAsync(EditorRole.Name))
        {
            await roles.CreateAsync(new IdentityRole(EditorRole.Name));
        }

        if (!await accounts.IsInRoleAsync(account, EditorRole.Name))
        {
            await accounts.AddToRoleAsync(account, EditorRole.Name);
        }

        return RedirectToPage(new { editor = account.Email });
    }

    public async Task<IActionResult> OnPostRemoveEditorAsync(string? email)
    {
        // Each editor's remove button carries its address; without one the post did not come from the page.
        if (string.IsNullOrWhiteSpace(email))
        {
            return BadRequest();
        }

        if (await accounts.FindByEmailAsync(email) is { } account)
        {
            await accounts.RemoveFromRoleAsync(account, EditorRole.Name);
        }

        return RedirectToPage();
    }

    private async Task LoadAsync()
    {
        Message = Request.Query["refreshed"].ToString() is { Length: > 0 } outcome ? text["Admin.Content.Refreshed." + outcome].Value
            : Request.Query["editor"].ToString() is { Length: > 0 } editor ? text["Admin.Content.EditorAdded", editor].Value
            : null;
        Editors = [.. (await accounts.GetUsersInRoleAsync(EditorRole.Name)).Select(account => account.Email ?? "").Order(StringComparer.OrdinalIgnoreCase)];
    }
}
