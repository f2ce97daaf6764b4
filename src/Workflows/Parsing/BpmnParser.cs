using System.Text;
using System.Xml;

namespace SocialInsurance.Workflows.Parsing;

/// <summary>
/// Reads a BPMN 2.0 file into executable process models, or explains every reason it cannot. Input is untrusted
/// (uploaded from the studio or the API), so nothing in it can make this throw, read files or exhaust memory.
/// </summary>
public sealed class BpmnParser
{
    private readonly BpmnParserOptions _options;

    public BpmnParser(BpmnParserOptions? options = null) => _options = options ?? new BpmnParserOptions();

    public ParseResult Parse(string xml)
    {
        if (string.IsNullOrWhiteSpace(xml))
            return Empty();
        // Cheap bound first: every char is at least one UTF-8 byte.
        if (xml.Length > _options.MaxBytes || Encoding.UTF8.GetByteCount(xml) > _options.MaxBytes)
            return TooLarge();
        return ParseSafely(() => XmlReader.Create(new StringReader(xml), SafeXmlLoader.Settings(_options)));
    }

    public ParseResult Parse(Stream stream)
    {
        byte[] content;
        try
        {
            content = ReadBounded(stream);
        }
        catch (Exception e) when (e is IOException or NotSupportedException or ObjectDisposedException or UnauthorizedAccessException)
        {
            return ParseResult.Invalid(SafeXmlLoader.Issue("unreadable", $"Expected a readable stream, but {e.Message}"));
        }
        if (content.Length > _options.MaxBytes)
            return TooLarge();
        if (content.Length == 0)
            return Empty();
        return ParseSafely(() => XmlReader.Create(new MemoryStream(content, writable: false), SafeXmlLoader.Settings(_options)));
    }

    private ParseResult ParseSafely(Func<XmlReader> open)
    {
        try
        {
            var document = SafeXmlLoader.Load(open, _options, out var issue);
            return document is null ? ParseResult.Invalid(issue!) : DefinitionsReader.Read(document, _options);
        }
        catch (Exception e) when (e is not OutOfMemoryException)
        {
            // Last line of defence for the promise that a bad file is an issue, not a crash of the deploy endpoint.
            return ParseResult.Invalid(SafeXmlLoader.Issue("internal-error",
                $"Expected to read the document, but the parser failed: {e.GetType().Name}: {e.Message}"));
        }
    }

    /// <summary>Reads at most one byte past the limit, so an endless or huge stream is never buffered whole.</summary>
    private byte[] ReadBounded(Stream stream)
    {
        var limit = (int)Math.Min(_options.MaxBytes + 1, Array.MaxLength);
        using var buffer = new MemoryStream();
        var chunk = new byte[81920];
        int read;
        while (buffer.Length < limit && (read = stream.Read(chunk, 0, (int)Math.Min(chunk.Length, limit - buffer.Length))) > 0)
            buffer.Write(chunk, 0, read);
        return buffer.ToArray();
    }

    private static ParseResult Empty() =>
        ParseResult.Invalid(SafeXmlLoader.Issue("empty-document", "Expected a BPMN document, but the input is empty"));

    private ParseResult TooLarge() =>
        ParseResult.Invalid(SafeXmlLoader.Issue("too-large",
            $"Expected at most {_options.MaxBytes} bytes, but the document is larger"));
}
