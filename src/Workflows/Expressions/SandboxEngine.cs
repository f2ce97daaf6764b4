using System.Text.Json.Nodes;
using Jint;
using Jint.Native;
using Jint.Runtime;
using Jint.Runtime.Interop;

using SocialInsurance.Workflows.Execution;

namespace SocialInsurance.Workflows.Expressions;

/// <summary>
/// One Jint engine with the sandbox applied, reused for many evaluations by one thread at a time. Building and
/// locking down an engine costs milliseconds while a condition costs about a microsecond, so engines are pooled;
/// what makes reuse safe is that every evaluation ends by restoring the global snapshot taken right after set-up
/// (variables bound as globals, <c>var</c>/<c>let</c> declarations and <c>globalThis.x = ...</c> all disappear) and
/// that built-ins are frozen (<see cref="Lockdown"/>).
/// </summary>
internal sealed class SandboxEngine
{
    private readonly Engine _engine;
    private readonly GlobalSnapshot _clean;
    private readonly HashSet<string> _builtIns;
    private readonly Jint.Native.Json.JsonSerializer _json;
    private JsonObject? _variables;
    private JsonObject? _setVariables;

    public SandboxEngine(JintOptions options)
    {
        _engine = new Engine(o =>
        {
            o.Strict();
            o.TimeoutInterval(options.Timeout);
            o.LimitMemory(options.MemoryLimitBytes);
            o.MaxStatements(options.MaxStatements);
            o.LimitRecursion(options.MaxRecursionDepth);
            o.DisableStringCompilation();
            o.Constraints.RegexTimeout = options.Timeout;
            o.Constraints.StackOverflowGuard = true;
        });
        _json = new Jint.Native.Json.JsonSerializer(_engine);

        _engine.SetValue("execution", JsObject.CreateFromEntries(_engine,
        [
            new("getVariable", new ClrFunction(_engine, "getVariable", GetVariable, 1)),
            new("setVariable", new ClrFunction(_engine, "setVariable", SetVariable, 2)),
            new("throwBpmnError", new ClrFunction(_engine, "throwBpmnError", ThrowBpmnError, 2)),
        ]));
        Lockdown.Apply(_engine);

        _builtIns = _engine.Global.GetOwnProperties().Select(p => p.Key.ToString()).ToHashSet(StringComparer.Ordinal);
        _clean = _engine.Advanced.CaptureGlobalSnapshot();
    }

    /// <summary>False once a sandbox limit or an unexpected error cut an evaluation short: the pool drops the engine.</summary>
    public bool IsReusable { get; private set; } = true;

    /// <summary>
    /// Runs <paramref name="source"/> and hands its value to <paramref name="complete"/> while the engine still holds
    /// it, so converting the result (which can run <c>toJSON</c> or getters) stays inside the sandbox.
    /// <paramref name="setVariables"/> is null for expressions, which may read but not set variables.
    /// </summary>
    public T Run<T>(CompiledSource source, JsonObject variables, JsonObject? setVariables, Func<SandboxEngine, JsValue, T> complete)
    {
        _variables = variables;
        _setVariables = setVariables;
        var completed = false;
        try
        {
            Bind(source, variables);
            var result = complete(this, _engine.Evaluate(in source.Prepared));
            completed = true;
            return result;
        }
        catch (BpmnErrorException)
        {
            // Raised by execution.throwBpmnError, a host function: the script cannot catch it, and the engine is intact.
            completed = true;
            throw;
        }
        catch (JavaScriptException)
        {
            // Thrown by the script and unwound through JavaScript's own frames: the engine is intact.
            completed = true;
            throw;
        }
        finally
        {
            _variables = null;
            _setVariables = null;
            Reset(completed);
        }
    }

    public JsonNode? ToJson(JsValue value) => JsonBridge.ToJson(_json, value);

    private void Bind(CompiledSource source, JsonObject variables)
    {
        if (source.ReferencedGlobals is { } names)
        {
            foreach (var name in names)
            {
                if (variables.TryGetPropertyValue(name, out var value)) BindVariable(name, value);
            }

            return;
        }

        foreach (var (name, value) in variables) BindVariable(name, value);
    }

    // Built-ins win over variables of the same name: a variable called `Math` or `execution` must not break every
    // script that uses the real one. Such a variable is still readable through execution.getVariable.
    private void BindVariable(string name, JsonNode? value)
    {
        if (!_builtIns.Contains(name)) _engine.SetValue(name, JsonBridge.ToJs(_engine, value));
    }

    private void Reset(bool completed)
    {
        if (!completed) IsReusable = false;
        try
        {
            _engine.Advanced.RestoreGlobalSnapshot(_clean);
        }
        catch (InvalidOperationException)
        {
            // An evaluation cut short by a limit can leave frames the restore refuses to run under.
            IsReusable = false;
        }
    }

    private JsValue GetVariable(JsValue thisObject, JsValue[] arguments)
    {
        var name = VariableName(arguments, "getVariable");
        if (_setVariables is not null && _setVariables.TryGetPropertyValue(name, out var set)) return JsonBridge.ToJs(_engine, set);
        return _variables is not null && _variables.TryGetPropertyValue(name, out var value)
            ? JsonBridge.ToJs(_engine, value)
            : JsValue.Null;
    }

    private JsValue SetVariable(JsValue thisObject, JsValue[] arguments)
    {
        var name = VariableName(arguments, "setVariable");
        if (_setVariables is null)
        {
            throw new JavaScriptException(_engine.Intrinsics.TypeError,
                "execution.setVariable is only available in script tasks; expressions cannot change variables");
        }

        // A serializer of its own: a toJSON that calls setVariable must not re-enter the one converting the result.
        var serializer = new Jint.Native.Json.JsonSerializer(_engine);
        _setVariables[name] = JsonBridge.ToJson(serializer, arguments.Length > 1 ? arguments[1] : JsValue.Undefined);
        return JsValue.Undefined;
    }

    /// <summary>
    /// Camunda 7 scripts throw <c>new BpmnError(code)</c>, a Java class; ours call this instead. A CLR exception
    /// passes through the script's own try/catch, so a business error cannot be swallowed by accident.
    /// </summary>
    private JsValue ThrowBpmnError(JsValue thisObject, JsValue[] arguments)
    {
        if (_setVariables is null)
        {
            throw new JavaScriptException(_engine.Intrinsics.TypeError,
                "execution.throwBpmnError is only available in script tasks; expressions cannot raise errors");
        }

        if (arguments.Length == 0 || arguments[0] is not JsString code || code.ToString().Trim().Length == 0)
        {
            throw new JavaScriptException(_engine.Intrinsics.TypeError, "execution.throwBpmnError expects an error code as its first argument");
        }

        throw new BpmnErrorException(code.ToString().Trim(), arguments.Length > 1 && arguments[1] is JsString message ? message.ToString() : null);
    }

    private string VariableName(JsValue[] arguments, string function)
    {
        if (arguments.Length > 0 && arguments[0] is JsString name && name.ToString().Length > 0) return name.ToString();
        throw new JavaScriptException(_engine.Intrinsics.TypeError, $"execution.{function} expects a variable name as its first argument");
    }
}
