using System.Text.Json;
using System.Text.Unicode;
using Microsoft.AspNetCore.Http.HttpResults;
using SocialInsurance.Api.Infrastructure.Input;
using SocialInsurance.Api.Infrastructure.Problems;

namespace SocialInsurance.Api.Infrastructure.Http;

/// <summary>
/// Checks every JSON request body once, before any endpoint binds it, so that no handler meets a body the JSON
/// libraries accept lazily and fail on later (a 500 in the middle of a use case): at most
/// <c>Limits:JsonBodyBytes</c> bytes (default 1 MiB, else 413), valid UTF-8 (System.Text.Json only decodes a string
/// when it is read), well-formed, at most 64 levels deep, no property twice in one object (which one would win
/// differs between parsers, so a duplicate is ambiguous, not harmless), and every string and property name passing
/// <see cref="TextInput"/>'s multi-line rules. Refusals are 400 problem details with the JSON path as the field.
/// </summary>
public sealed class JsonBodyGuard(RequestDelegate next, IConfiguration configuration)
{
    public const int DefaultMaxBytes = 1024 * 1024;
    private const int MaxDepth = 64;

    private readonly long _maxBytes = configuration.GetValue("Limits:JsonBodyBytes", DefaultMaxBytes);

    public async Task InvokeAsync(HttpContext context)
    {
        var request = context.Request;
        if (!IsJson(request.ContentType) || request.ContentLength == 0)
        {
            await next(context);
            return;
        }

        if (request.ContentLength > _maxBytes)
        {
            await TooLarge().ExecuteAsync(context);
            return;
        }

        var buffer = new MemoryStream();
        var chunk = new byte[16 * 1024];
        int read;
        while ((read = await request.Body.ReadAsync(chunk, context.RequestAborted)) > 0)
        {
            buffer.Write(chunk, 0, read);
            if (buffer.Length > _maxBytes)
            {
                await TooLarge().ExecuteAsync(context);
                return;
            }
        }

        if (Check(buffer.GetBuffer().AsSpan(0, (int)buffer.Length)) is { } refusal)
        {
            await refusal.ExecuteAsync(context);
            return;
        }

        buffer.Position = 0;
        request.Body = buffer;
        request.ContentLength = buffer.Length;
        await next(context);
    }

    private static bool IsJson(string? contentType)
    {
        if (contentType is null)
        {
            return false;
        }

        var media = contentType.Split(';', 2)[0].Trim();
        return media.Equals("application/json", StringComparison.OrdinalIgnoreCase)
            || media.EndsWith("+json", StringComparison.OrdinalIgnoreCase);
    }

    private static ProblemHttpResult TooLarge() => ApiProblems.Problem(StatusCodes.Status413PayloadTooLarge, ErrorCodes.RequestJsonTooLarge.With());

    private static IResult? Check(ReadOnlySpan<byte> json)
    {
        if (!Utf8.IsValid(json))
        {
            return ApiProblems.Invalid(ErrorCodes.RequestNotUtf8.With());
        }

        var reader = new Utf8JsonReader(json, new JsonReaderOptions { MaxDepth = MaxDepth });
        var names = new Stack<HashSet<string>>();
        var path = new Stack<string>();
        string? property = null;
        try
        {
            while (reader.Read())
            {
                switch (reader.TokenType)
                {
                    case JsonTokenType.StartObject:
                        path.Push(property ?? string.Empty);
                        names.Push(new HashSet<string>(StringComparer.Ordinal));
                        property = null;
                        break;
                    case JsonTokenType.EndObject:
                        names.Pop();
                        path.Pop();
                        property = null;
                        break;
                    case JsonTokenType.StartArray:
                        path.Push(property ?? string.Empty);
                        property = null;
                        break;
                    case JsonTokenType.EndArray:
                        path.Pop();
                        property = null;
                        break;
                    case JsonTokenType.PropertyName:
                        property = reader.GetString()!;
                        if (!names.Peek().Add(property))
                        {
                            return Field(path, property, ErrorCodes.FieldDuplicate);
                        }

                        if (TextInput.Problem(property, TextKind.MultiLine) is { } nameProblem)
                        {
                            return Field(path, "(name)", nameProblem);
                        }

                        break;
                    case JsonTokenType.String:
                        if (TextInput.Problem(reader.GetString(), TextKind.MultiLine) is { } problem)
                        {
                            return Field(path, property, problem);
                        }

                        property = null;
                        break;
                    default:
                        property = null;
                        break;
                }
            }
        }
        catch (JsonException ex)
        {
            return ApiProblems.Invalid(ErrorCodes.RequestNotJson.With(new { line = ex.LineNumber + 1, @byte = ex.BytePositionInLine + 1 }));
        }

        return null;
    }

    private static IResult Field(Stack<string> path, string? property, ErrorCode code)
    {
        var segments = path.Reverse().Where(s => s.Length > 0).Append(property ?? string.Empty).Where(s => s.Length > 0);
        var field = string.Join('.', segments);
        return ApiProblems.Validation(new FieldErrors().Add(field.Length == 0 ? "body" : field, code));
    }
}

public static class JsonBodyGuardExtensions
{
    public static IApplicationBuilder UseJsonBodyGuard(this IApplicationBuilder app) => app.UseMiddleware<JsonBodyGuard>();
}
