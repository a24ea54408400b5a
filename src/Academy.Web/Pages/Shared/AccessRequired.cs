using Academy.Domain.Catalogue;
using Academy.Domain.Learning;

namespace Academy.Web.Pages.Shared;

/// <summary>What the friendly "not yet yours" panel needs: why, where to come back to, and what unlocks it.</summary>
public sealed record AccessRequired(AccessDecision Decision, string ReturnUrl, IReadOnlyList<CoursePackage> Packages);
