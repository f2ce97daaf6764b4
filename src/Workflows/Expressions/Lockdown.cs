using Jint;
using Jint.Native;
using Jint.Native.Object;
using Jint.Runtime;
using Jint.Runtime.Descriptors;
using Jint.Runtime.Interop;

namespace SocialInsurance.Workflows.Expressions;

/// <summary>
/// Freezes every built-in reachable from the global object. Engines are pooled, and Jint's global snapshot only
/// reverts global bindings, not changes inside them: without this, <c>Array.prototype.sum = ...</c> in one script
/// would leak into every later evaluation on the same engine — different behaviour depending on which pooled engine
/// a step happened to get. Done from .NET rather than as a bootstrap script so it costs no statements, time or
/// memory out of the sandbox budgets.
/// </summary>
internal static class Lockdown
{
    // Freezing a prototype makes assigning an inherited name on one's own object fail (the "override mistake"), and
    // these are the names scripts commonly assign: `this.name = 'ValidationError'` in an Error subclass,
    // `o.toString = ...`. They become accessors that define the property on the receiver, as SES does.
    private static readonly string[] ObjectPrototypeOverrides = ["constructor", "toString", "toLocaleString", "valueOf"];
    private static readonly string[] ErrorPrototypeOverrides = ["constructor", "name", "message", "toString"];
    private static readonly string[] ErrorTypes =
        ["Error", "TypeError", "RangeError", "ReferenceError", "SyntaxError", "EvalError", "URIError", "AggregateError"];

    public static void Apply(Engine engine)
    {
        var objectConstructor = engine.Intrinsics.Object;
        var defineProperty = objectConstructor.Get("defineProperty");
        var freeze = objectConstructor.Get("freeze");

        EnableOverrides(engine, defineProperty, (ObjectInstance)objectConstructor.Get("prototype"), ObjectPrototypeOverrides);
        foreach (var errorType in ErrorTypes)
        {
            if (engine.Global.Get(errorType) is ObjectInstance constructor && constructor.Get("prototype") is ObjectInstance prototype)
            {
                EnableOverrides(engine, defineProperty, prototype, ErrorPrototypeOverrides);
            }
        }

        var seen = new HashSet<ObjectInstance>(ReferenceEqualityComparer.Instance) { engine.Global };
        var pending = new Stack<ObjectInstance>();
        foreach (var (_, descriptor) in engine.Global.GetOwnProperties()) Enqueue(descriptor, seen, pending);
        while (pending.TryPop(out var target))
        {
            engine.Call(freeze, JsValue.Undefined, [target]);
            foreach (var (_, descriptor) in target.GetOwnProperties()) Enqueue(descriptor, seen, pending);
            if (target.Prototype is { } prototype && seen.Add(prototype)) pending.Push(prototype);
        }
    }

    private static void Enqueue(PropertyDescriptor descriptor, HashSet<ObjectInstance> seen, Stack<ObjectInstance> pending)
    {
        if (descriptor.IsAccessorDescriptor())
        {
            if (descriptor.Get is ObjectInstance getter && seen.Add(getter)) pending.Push(getter);
            if (descriptor.Set is ObjectInstance setter && seen.Add(setter)) pending.Push(setter);
        }
        else if (descriptor.Value is ObjectInstance value && seen.Add(value))
        {
            pending.Push(value);
        }
    }

    private static void EnableOverrides(Engine engine, JsValue defineProperty, ObjectInstance prototype, string[] names)
    {
        foreach (var name in names)
        {
            var descriptor = prototype.GetOwnProperty(name);
            if (descriptor == PropertyDescriptor.Undefined || !descriptor.IsDataDescriptor()) continue;

            var value = descriptor.Value;
            var getter = new ClrFunction(engine, "get " + name, (_, _) => value);
            var setter = new ClrFunction(engine, "set " + name, (thisObject, arguments) =>
            {
                if (thisObject is not ObjectInstance receiver || ReferenceEquals(receiver, prototype))
                {
                    throw new JavaScriptException(engine.Intrinsics.TypeError, $"Cannot assign to read only property '{name}' of a built-in prototype");
                }

                var assigned = arguments.Length > 0 ? arguments[0] : JsValue.Undefined;
                if (!receiver.DefineOwnProperty(name, new PropertyDescriptor(assigned, writable: true, enumerable: true, configurable: true)))
                {
                    throw new JavaScriptException(engine.Intrinsics.TypeError, $"Cannot assign to read only property '{name}' of object");
                }

                return JsValue.Undefined;
            });

            var accessor = JsObject.CreateFromEntries(engine,
            [
                new("get", getter),
                new("set", setter),
                new("enumerable", descriptor.Enumerable ? JsBoolean.True : JsBoolean.False),
                new("configurable", JsBoolean.False),
            ]);
            engine.Call(defineProperty, JsValue.Undefined, [prototype, name, accessor]);
        }
    }
}
