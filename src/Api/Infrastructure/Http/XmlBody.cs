using System.Text;

namespace SocialInsurance.Api.Infrastructure.Http;

public static class XmlBody
{
    /// <summary>Largest BPMN document accepted; the parser enforces its own element limits beneath this.</summary>
    public const int MaxChars = 2 * 1024 * 1024;

    /// <summary>
    /// The body as text when it is declared XML; null for another content type (the caller answers 415). A body over
    /// <see cref="MaxChars"/> throws a 413 <see cref="BadHttpRequestException"/>: too large is not a wrong type.
    /// </summary>
    public static async Task<string?> ReadAsync(HttpRequest request, CancellationToken ct)
    {
        var type = request.ContentType ?? string.Empty;
        if (!type.StartsWith("application/xml", StringComparison.OrdinalIgnoreCase)
            && !type.StartsWith("text/xml", StringComparison.OrdinalIgnoreCase)
            && !type.StartsWith("application/bpmn+xml", StringComparison.OrdinalIgnoreCase))
        {
            return null;
        }

        using var reader = new StreamReader(request.Body, Encoding.UTF8);
        var buffer = new char[MaxChars + 1];
        var read = 0;
        int n;
        while (read <= MaxChars && (n = await reader.ReadAsync(buffer.AsMemory(read, buffer.Length - read), ct)) > 0)
        {
            read += n;
        }

        return read > MaxChars
            ? throw new BadHttpRequestException("The BPMN document is over the size limit.", StatusCodes.Status413PayloadTooLarge)
            : new string(buffer, 0, read);
    }
}
