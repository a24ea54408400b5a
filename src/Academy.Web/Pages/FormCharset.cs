using System.Text;
using Microsoft.Extensions.Primitives;
using Microsoft.Net.Http.Headers;

namespace Academy.Web.Pages;

/// <summary>
/// A form in a charset .NET cannot decode (UTF-7 is disabled, unknown names) throws wherever the form
/// is first read, deep inside antiforgery or model binding. The site refuses it before that.
/// </summary>
internal static class FormCharset
{
    public static bool IsReadable(HttpRequest request)
    {
        if (!request.HasFormContentType
            || !MediaTypeHeaderValue.TryParse(request.ContentType, out var contentType)
            || StringSegment.IsNullOrEmpty(contentType.Charset))
        {
            return true;
        }

        try
        {
            Encoding.GetEncoding(HeaderUtilities.RemoveQuotes(contentType.Charset).ToString());
            return true;
        }
        catch (Exception exception) when (exception is ArgumentException or NotSupportedException)
        {
            return false;
        }
    }
}
