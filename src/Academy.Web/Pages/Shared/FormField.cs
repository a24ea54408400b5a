using Microsoft.AspNetCore.Mvc.ModelBinding;

namespace Academy.Web.Pages.Shared;

/// <summary>What the _FormField partial needs to render one input accessibly.</summary>
public sealed record FormField(string Name, string Label, string Type, string? Value, string AutoComplete, string? Error, string? Hint = null)
{
    public static FormField For(ModelStateDictionary state, string name, string label, string type, string? value, string autoComplete, string? hint = null) =>
        new(name, label, type, type == "password" ? null : value, autoComplete, FirstError(state, name), hint);

    private static string? FirstError(ModelStateDictionary state, string name) =>
        state.TryGetValue(name, out var entry) && entry.Errors.Count > 0 ? entry.Errors[0].ErrorMessage : null;
}
