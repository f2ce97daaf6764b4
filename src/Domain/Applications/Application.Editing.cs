using SocialInsurance.Domain.SeedWork;

namespace SocialInsurance.Domain.Applications;

/// <summary>What the applicant does before submitting or while answering a supplement request.</summary>
public sealed partial class Application
{
    /// <summary>Adds an upload; a new file of the same kind replaces the earlier one.</summary>
    public void AttachMaterial(MaterialKind kind, string fileId, string fileName, DateTimeOffset at)
    {
        if (!IsEditable)
        {
            throw Illegal("Attach", "上传材料", ApplicationStatus.Draft, ApplicationStatus.SupplementRequested);
        }

        ArgumentException.ThrowIfNullOrWhiteSpace(fileId);
        _materials.RemoveAll(m => m.Kind == kind);
        _materials.Add(new Material(kind, fileId, fileName, at));
        _outstandingSupplement.Remove(kind);
        Raise(new MaterialAttached(Id, kind, fileId, at));
    }

    public void ChangeDetails(ApplicationDetails details)
    {
        if (!IsEditable)
        {
            throw Illegal("Change", "修改申报信息", ApplicationStatus.Draft, ApplicationStatus.SupplementRequested);
        }

        if (details.Type != Type)
        {
            throw new DomainException(new DomainError(
                "Application.TypeMismatch", "不能更改业务类型", $"Expected {Type} details, but got {details.Type}."));
        }

        Details = details;
    }

    /// <summary>
    /// Submits, or resubmits after a supplement request. Every missing material is reported at once, so the applicant
    /// fixes them in one go.
    /// </summary>
    public void Submit(DateTimeOffset at)
    {
        if (!IsEditable)
        {
            throw Illegal("Submit", "提交", ApplicationStatus.Draft, ApplicationStatus.SupplementRequested);
        }

        var missing = MissingMaterials();
        if (missing.Count > 0)
        {
            throw new DomainException([.. missing.Select(kind => new DomainError(
                "Application.MaterialMissing",
                $"请上传{kind.NameZh()}",
                $"Upload the {kind.NameEn()}."))]);
        }

        var isResubmission = Status == ApplicationStatus.SupplementRequested;
        SubmittedAt ??= at;
        Move(ApplicationStatus.Submitted, at, ApplicantActor, null);
        Raise(new ApplicationSubmitted(Id, Type, isResubmission, at));
    }

    /// <summary>The applicant gives up; allowed only while the review has not reached a decision.</summary>
    public void Withdraw(DateTimeOffset at, string? comment = null)
    {
        if (Status is not (ApplicationStatus.Draft or ApplicationStatus.Submitted or ApplicationStatus.UnderReview or ApplicationStatus.SupplementRequested))
        {
            throw Illegal("Withdraw", "撤回", ApplicationStatus.Draft, ApplicationStatus.Submitted, ApplicationStatus.UnderReview, ApplicationStatus.SupplementRequested);
        }

        _outstandingSupplement.Clear();
        Move(ApplicationStatus.Withdrawn, at, ApplicantActor, comment);
        Raise(new ApplicationWithdrawn(Id, Type, at));
    }
}
