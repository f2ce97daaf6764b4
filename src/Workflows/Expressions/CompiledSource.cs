using Acornima.Ast;
using Jint;

namespace SocialInsurance.Workflows.Expressions;

/// <summary>
/// A parsed and analysed program, shareable across engines and threads, with the free names it reads: only
/// variables among them are converted to JavaScript values, so a condition over one field of a large form does not
/// pay for copying the whole form.
/// </summary>
internal sealed class CompiledSource
{
    private readonly Prepared<Script> _prepared;

    public CompiledSource(Prepared<Script> prepared, IReadOnlyList<string>? referencedGlobals)
    {
        _prepared = prepared;
        ReferencedGlobals = referencedGlobals;
    }

    public ref readonly Prepared<Script> Prepared => ref _prepared;

    /// <summary><see langword="null"/> when unknown: every variable is bound then.</summary>
    public IReadOnlyList<string>? ReferencedGlobals { get; }

    public static CompiledSource Compile(CacheKey key)
    {
        var options = new ScriptPreparationOptions { CollectReferencedGlobals = true };
        Prepared<Script> prepared;
        if (key.IsScript)
        {
            prepared = Engine.PrepareScript(key.Source, "script", strict: true, options);
        }
        else
        {
            var source = ExpressionText.TryUnwrap(key.Source, out var inner) ? inner : key.Source;
            if (string.IsNullOrWhiteSpace(source))
            {
                throw new ExpressionException(ExpressionErrorKind.Syntax, key.Source, $"Expected an expression, but got '{key.Source}'");
            }

            // As an expression first, so `{ a: 1 }` is an object rather than a block with a label; the newline keeps a
            // trailing line comment from swallowing the parenthesis. Statement lists (`a; b`) fall back to a script,
            // and its syntax error is the one reported because its positions match the text the author wrote.
            try
            {
                prepared = Engine.PrepareScript("(" + source + "\n)", "expression", strict: true, options);
            }
            catch (ScriptPreparationException)
            {
                prepared = Engine.PrepareScript(source, "expression", strict: true, options);
            }
        }

        var globals = prepared.ReferencedGlobals;
        return new CompiledSource(prepared, globals is null || globals.HasDirectEvalCall ? null : [.. globals]);
    }
}
