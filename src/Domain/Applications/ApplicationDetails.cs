namespace SocialInsurance.Domain.Applications;

/// <summary>What the applicant filled in; one subtype per <see cref="ApplicationType"/>.</summary>
public abstract record ApplicationDetails
{
    public abstract ApplicationType Type { get; }

    /// <summary>Materials that must be attached before the application can be submitted.</summary>
    public virtual IReadOnlyList<MaterialKind> RequiredMaterials => [];
}
