using System.Text;
using System.Text.Encodings.Web;
using System.Text.Json;
using System.Text.Json.Nodes;
using Jint.Native;
using Jint.Runtime;

namespace SocialInsurance.Workflows.Expressions;

/// <summary>
/// <see cref="IExpressionEvaluator"/> on Jint, sandboxed as <see cref="JintOptions"/> describes. Thread-safe and
/// meant to be a singleton: the parse cache and the engine pool are what make a condition cost about a microsecond.
/// </summary>
public sealed class JintExpressionEvaluator : IExpressionEvaluator
{
    // Texts are shown to people and stored, never embedded in HTML by this engine, so Chinese stays readable
    // instead of becoming \uXXXX escapes.
    private static readonly JsonSerializerOptions TextJson = new() { Encoder = JavaScriptEncoder.UnsafeRelaxedJsonEscaping };

    private readonly JintOptions _options;
    private readonly PreparedScriptCache _cache;
    private readonly SandboxPool _pool;

    public JintExpressionEvaluator(JintOptions? options = null)
    {
        options ??= new JintOptions();
        options.Validate();
        // A copy: the sandbox must not change under running evaluations if the caller mutates its instance later.
        _options = new JintOptions
        {
            Timeout = options.Timeout,
            MemoryLimitBytes = options.MemoryLimitBytes,
            MaxStatements = options.MaxStatements,
            MaxRecursionDepth = options.MaxRecursionDepth,
            PreparedScriptCacheSize = options.PreparedScriptCacheSize,
        };
        _cache = new PreparedScriptCache(_options.PreparedScriptCacheSize);
        _pool = new SandboxPool(_options);
    }

    public JsonNode? Evaluate(string expression, JsonObject variables) =>
        RunExpression(expression, variables, static (engine, value) => engine.ToJson(value));

    public bool EvaluateCondition(string expression, JsonObject variables) =>
        RunExpression(expression, variables, static (_, value) => TypeConverter.ToBoolean(value));

    public string? EvaluateText(string text, JsonObject variables)
    {
        ArgumentNullException.ThrowIfNull(text);
        if (!ExpressionText.HasPlaceholder(text)) return text;
        if (ExpressionText.TryUnwrap(text, out _)) return ToText(Evaluate(text, variables));

        var builder = new StringBuilder(text.Length);
        foreach (var part in ExpressionText.ParseTemplate(text))
        {
            builder.Append(part.IsExpression ? ToText(Evaluate("${" + part.Text + "}", variables)) : part.Text);
        }

        return builder.ToString();
    }

    public ScriptResult RunScript(string script, JsonObject variables)
    {
        ArgumentNullException.ThrowIfNull(script);
        var setVariables = new JsonObject();
        var value = Run(new CacheKey(script, IsScript: true), script, variables, setVariables, static (engine, result) => engine.ToJson(result));
        return new ScriptResult(value, setVariables);
    }

    private T RunExpression<T>(string expression, JsonObject variables, Func<SandboxEngine, JsValue, T> complete)
    {
        ArgumentNullException.ThrowIfNull(expression);
        return Run(new CacheKey(expression, IsScript: false), expression, variables, setVariables: null, complete);
    }

    private T Run<T>(CacheKey key, string text, JsonObject variables, JsonObject? setVariables, Func<SandboxEngine, JsValue, T> complete)
    {
        ArgumentNullException.ThrowIfNull(variables);
        CompiledSource compiled;
        try
        {
            compiled = _cache.GetOrAdd(key, CompiledSource.Compile);
        }
        catch (Exception exception) when (SandboxFailures.Describe(exception, text, key.IsScript, _options) is { } failure)
        {
            throw failure;
        }

        var engine = _pool.Rent();
        try
        {
            return engine.Run(compiled, variables, setVariables, complete);
        }
        catch (Exception exception) when (SandboxFailures.Describe(exception, text, key.IsScript, _options) is { } failure)
        {
            throw failure;
        }
        finally
        {
            _pool.Return(engine);
        }
    }

    private static string? ToText(JsonNode? value) => value switch
    {
        null => null,
        JsonValue scalar when scalar.GetValueKind() == JsonValueKind.String => scalar.GetValue<string>(),
        _ => value.ToJsonString(TextJson),
    };
}
