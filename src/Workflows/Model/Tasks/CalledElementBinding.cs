namespace SocialInsurance.Workflows.Model.Tasks;

/// <summary>Which version of the called process a call activity starts (<c>camunda:calledElementBinding</c>).</summary>
public enum CalledElementBinding
{
    /// <summary>The published version when the call activity is entered.</summary>
    Latest,

    /// <summary>The newest version deployed no later than the caller's own version (Camunda's "same deployment").</summary>
    Deployment,

    /// <summary>The version number in <c>camunda:calledElementVersion</c>.</summary>
    Version,

    /// <summary>The newest deployed version whose process carries <c>camunda:versionTag</c> = <c>camunda:calledElementVersionTag</c>.</summary>
    VersionTag,
}
