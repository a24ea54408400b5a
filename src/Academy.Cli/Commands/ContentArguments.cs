namespace Academy.Cli.Commands;

/// <summary>The words after <c>content push</c> or <c>content pull</c>: one folder, options with values, and flags, in any order.</summary>
public sealed record ContentArguments(string Folder, IReadOnlyDictionary<string, string> Values, IReadOnlySet<string> Flags)
{
    public string? Value(string option) => Values.GetValueOrDefault(option);

    public bool Has(string flag) => Flags.Contains(flag);

    /// <summary>Null for anything else than exactly one folder and known options, each at most once.</summary>
    public static ContentArguments? Parse(IReadOnlyList<string> args, IReadOnlyList<string> valueOptions, IReadOnlyList<string> flagOptions)
    {
        var values = new Dictionary<string, string>(StringComparer.Ordinal);
        var flags = new HashSet<string>(StringComparer.Ordinal);
        string? folder = null;
        for (var i = 0; i < args.Count; i++)
        {
            var arg = args[i];
            if (valueOptions.Contains(arg))
            {
                if (i + 1 >= args.Count || args[i + 1].StartsWith("--", StringComparison.Ordinal) || !values.TryAdd(arg, args[++i]))
                {
                    return null;
                }
            }
            else if (flagOptions.Contains(arg))
            {
                if (!flags.Add(arg))
                {
                    return null;
                }
            }
            else if (arg.StartsWith("--", StringComparison.Ordinal) || folder is not null)
            {
                return null;
            }
            else
            {
                folder = arg;
            }
        }

        return folder is null ? null : new ContentArguments(folder, values, flags);
    }
}
