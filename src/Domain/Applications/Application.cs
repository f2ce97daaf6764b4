using SocialInsurance.Domain.Insurance;
using SocialInsurance.Domain.SeedWork;

namespace SocialInsurance.Domain.Applications;

/// <summary>
/// One case of 新参保, 续保 or 停保. The BPMN process drives it; this aggregate guards which moves are legal so a
/// mis-modelled process cannot, say, approve an application nobody reviewed. See <see cref="ApplicationStatus"/>
/// for the life cycle.
/// </summary>
public sealed partial class Application : AggregateRoot
{
    public const string ApplicantActor = "applicant";
    public const string SystemActor = "system";

    private readonly List<Material> _materials = [];
    private readonly List<ApplicationStatusChange> _history = [];
    private readonly HashSet<MaterialKind> _outstandingSupplement = [];
    private readonly List<DomainError> _rejectionReasons = [];

    public Application(Guid id, ResidentIdNumber applicant, string applicantName, ApplicationDetails details, DateTimeOffset createdAt)
    {
        Id = id;
        Applicant = applicant;
        ApplicantName = PersonName.Normalise(applicantName);
        Details = details;
        CreatedAt = createdAt;
    }

    public Guid Id { get; }

    public ResidentIdNumber Applicant { get; }

    public string ApplicantName { get; }

    public ApplicationType Type => Details.Type;

    public ApplicationDetails Details { get; private set; }

    public ApplicationStatus Status { get; private set; } = ApplicationStatus.Draft;

    public DateTimeOffset CreatedAt { get; }

    public DateTimeOffset? SubmittedAt { get; private set; }

    public IReadOnlyList<Material> Materials => _materials;

    public IReadOnlyList<ApplicationStatusChange> History => _history;

    /// <summary>What the reviewer asked for in the open supplement request and is not yet uploaded again.</summary>
    public IReadOnlyCollection<MaterialKind> OutstandingSupplement => _outstandingSupplement;

    public IReadOnlyList<DomainError> RejectionReasons => _rejectionReasons;

    /// <summary>True while the applicant can still edit: before submission and during a supplement request.</summary>
    public bool IsEditable => Status is ApplicationStatus.Draft or ApplicationStatus.SupplementRequested;

    /// <summary>Required materials not attached, and requested supplements not uploaded again.</summary>
    public IReadOnlyList<MaterialKind> MissingMaterials() =>
        [.. Details.RequiredMaterials.Where(kind => _materials.All(m => m.Kind != kind)).Union(_outstandingSupplement).Order()];

    private void Move(ApplicationStatus to, DateTimeOffset at, string actor, string? comment)
    {
        _history.Add(new ApplicationStatusChange(Status, to, at, actor, comment));
        Status = to;
    }

    private DomainException Illegal(string action, string actionZh, params ApplicationStatus[] expected) =>
        new(new DomainError(
            $"Application.Cannot{action}",
            $"当前状态（{Status}）不能{actionZh}",
            $"Expected the application to be {string.Join(" or ", expected)} for {action}, but it is {Status}."));
}
