using SocialInsurance.Workflows.Model.Tasks;

namespace SocialInsurance.Workflows.Validation;

/// <summary>
/// A call activity names the process it starts and, for the version bindings, which version. Whether that process is
/// deployed is checked when the activity runs: processes are deployed one by one, the called one possibly later.
/// </summary>
internal sealed class CallActivityRules : IElementRules
{
    public IEnumerable<ValidationIssue> Check(ProcessDraft draft)
    {
        foreach (var call in draft.Nodes.OfType<CallActivity>())
        {
            if (call.CalledElement.Length == 0)
                yield return Issues.For(call, "missing-called-element", "Expected calledElement naming a deployed process, but it is missing");
            if (call.Binding == CalledElementBinding.Version && call.Version is not > 0)
                yield return Issues.For(call, "missing-called-version",
                    "Expected camunda:calledElementVersion (a version number from 1) with camunda:calledElementBinding=\"version\", but it is missing");
            else if (call.Binding != CalledElementBinding.Version && call.Version is not null)
                yield return Issues.For(call, "called-version-without-binding",
                    "Expected camunda:calledElementVersion only with camunda:calledElementBinding=\"version\", but the binding is not version");
            if (call.Binding == CalledElementBinding.VersionTag && call.VersionTag is null)
                yield return Issues.For(call, "missing-called-version-tag",
                    "Expected camunda:calledElementVersionTag with camunda:calledElementBinding=\"versionTag\", but it is missing");
            else if (call.Binding != CalledElementBinding.VersionTag && call.VersionTag is not null)
                yield return Issues.For(call, "called-version-tag-without-binding",
                    "Expected camunda:calledElementVersionTag only with camunda:calledElementBinding=\"versionTag\", but the binding is not versionTag");
        }
    }
}
