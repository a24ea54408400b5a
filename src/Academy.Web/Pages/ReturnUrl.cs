using System.Globalization;
using System.Text;

namespace Academy.Web.Pages;

/// <summary>Where to send the visitor back to after a sign-in or a language switch: a path on this site, never another host.</summary>
public static class ReturnUrl
{
    /// <summary>
    /// <paramref name="url"/> when it is a local path, with anything outside ASCII percent-encoded so it
    /// fits in a Location header; else <paramref name="fallback"/>. Control characters (a CR/LF header
    /// injection, a tab or NUL that browsers strip to reach //host) are never local.
    /// </summary>
    public static string LocalOr(string? url, string fallback)
    {
        if (string.IsNullOrEmpty(url) || url[0] != '/' || (url.Length > 1 && url[1] is '/' or '\\') || url.Any(char.IsControl))
        {
            return fallback;
        }

        if (url.All(char.IsAscii))
        {
            return url;
        }

        var escaped = new StringBuilder(url.Length * 2);
        Span<byte> utf8 = stackalloc byte[4];
        foreach (var rune in url.EnumerateRunes())
        {
            if (rune.IsAscii)
            {
                escaped.Append((char)rune.Value);
                continue;
            }

            foreach (var octet in utf8[..rune.EncodeToUtf8(utf8)])
            {
                escaped.Append('%').Append(octet.ToString("X2", CultureInfo.InvariantCulture));
            }
        }

        return escaped.ToString();
    }
}
