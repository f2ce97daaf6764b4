using System.Xml.Linq;
using SocialInsurance.Workflows.Model;
using SocialInsurance.Workflows.Validation;

namespace SocialInsurance.Workflows.Parsing;

/// <summary>
/// From a well-formed document to compiled processes. Only <c>bpmn:process</c> and <c>bpmn:message</c> are read at
/// the top level, with the error and escalation declarations events refer to; collaborations, diagrams and
/// declarations of signals or item types describe nothing the engine runs.
/// </summary>
internal static class DefinitionsReader
{
    private static readonly XNamespace Bpmn = BpmnNamespaces.Bpmn;

    public static ParseResult Read(XDocument document, BpmnParserOptions options)
    {
        var definitions = document.Root!;
        if (definitions.Name != Bpmn + "definitions")
            return ParseResult.Invalid(new ValidationIssue("", definitions.Name.LocalName, "not-bpmn",
                $"Expected a BPMN 2.0 definitions element in namespace {Bpmn.NamespaceName}, but the root is {{{definitions.Name.NamespaceName}}}{definitions.Name.LocalName}",
                new Dictionary<string, object?> { ["root"] = definitions.Name.LocalName }));

        var issues = new List<ValidationIssue>();
        issues.AddRange(UniqueIdRules.Check(definitions.Descendants()
            .Where(e => e.Name.Namespace == Bpmn && e.IdOf().Length > 0)
            .Select(e => (e.IdOf(), e.Name.LocalName))));

        var messages = MessageReader.ReadAll(definitions, new ReaderContext(options, new Dictionary<string, MessageDeclaration>(), issues));
        var executable = ExecutableProcesses(definitions);
        if (executable.Count == 0)
            issues.Add(new ValidationIssue(definitions.IdOf(), "definitions", "no-executable-process",
                "Expected a process with isExecutable=\"true\", but found none"));

        var errors = CodeDeclarationReader.ReadAll(definitions, "error", "errorCode");
        var escalations = CodeDeclarationReader.ReadAll(definitions, "escalation", "escalationCode");
        var signals = CodeDeclarationReader.ReadAll(definitions, "signal", "name");
        var validator = new ProcessValidator(options.KnownTopics);
        var drafts = new List<ProcessDraft>();
        foreach (var process in executable)
        {
            var draft = ProcessReader.Read(process, new ReaderContext(options, messages, issues) { Errors = errors, Escalations = escalations, Signals = signals });
            issues.AddRange(validator.Check(draft));
            drafts.Add(draft);
        }

        if (issues.Count > 0)
            return ParseResult.Invalid(issues.Distinct().ToList()); // repeated listeners would otherwise repeat the issue
        return ParseResult.Valid(drafts
            .Select(d => new ProcessModel(d.ProcessId, d.Name, d.Nodes, d.Flows, messages.Values) { VersionTag = d.VersionTag })
            .ToList());
    }

    /// <summary>
    /// Pools drawn only to show a partner (isExecutable="false") are documentation. A lone process without the
    /// attribute is what older modelers write for "the" process, so it counts as executable.
    /// </summary>
    private static List<XElement> ExecutableProcesses(XElement definitions)
    {
        var processes = definitions.Elements(Bpmn + "process").ToList();
        return processes
            .Where(p => p.IsTrue("isExecutable") || (p.Attribute("isExecutable") is null && processes.Count == 1))
            .ToList();
    }
}
