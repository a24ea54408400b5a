namespace Academy.Web.Accounts;

/// <summary>Editors see drafts at /preview before they go live; the admin grants the role at /admin/content.</summary>
public static class EditorRole
{
    public const string Name = "Editor";

    /// <summary>Who may open previews: editors, and the agency's admins.</summary>
    public const string OrAdmin = Name + "," + AdminAccountOptions.Role;
}
