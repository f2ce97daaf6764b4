using SocialInsurance.Domain.SeedWork;

namespace SocialInsurance.Domain.Applications;

/// <summary>What the automatic check and the reviewer (审核人员) do.</summary>
public sealed partial class Application
{
    public void StartReview(string reviewer, DateTimeOffset at)
    {
        if (Status != ApplicationStatus.Submitted)
        {
            throw Illegal("Review", "开始审核", ApplicationStatus.Submitted);
        }

        Move(ApplicationStatus.UnderReview, at, reviewer, null);
        Raise(new ApplicationReviewStarted(Id, reviewer, at));
    }

    /// <summary>
    /// Sends the case back for more uploads. The comment is required: the applicant must learn what is wrong
    /// (issue 3 item 2, "comment required unless approving").
    /// </summary>
    public void RequestSupplement(string reviewer, IReadOnlyCollection<MaterialKind> materials, string comment, DateTimeOffset at)
    {
        if (Status != ApplicationStatus.UnderReview)
        {
            throw Illegal("RequestSupplement", "要求补充材料", ApplicationStatus.UnderReview);
        }

        RequireComment(comment);
        _outstandingSupplement.Clear();
        _outstandingSupplement.UnionWith(materials);
        Move(ApplicationStatus.SupplementRequested, at, reviewer, comment);
        Raise(new SupplementaryMaterialsRequested(Id, reviewer, [.. materials.Distinct().Order()], comment, at));
    }

    public void Approve(string reviewer, DateTimeOffset at, string? comment = null)
    {
        if (Status != ApplicationStatus.UnderReview)
        {
            throw Illegal("Approve", "审核通过", ApplicationStatus.UnderReview);
        }

        Move(ApplicationStatus.Approved, at, reviewer, comment);
        Raise(new ApplicationApproved(Id, Type, reviewer, at));
    }

    /// <summary>
    /// Rejects with reasons. From Submitted it is the automatic validation ending the case with the failed rules;
    /// from UnderReview it is the reviewer's decision, which must carry a comment.
    /// </summary>
    public void Reject(string actor, IReadOnlyList<DomainError> reasons, string? comment, DateTimeOffset at)
    {
        if (Status is not (ApplicationStatus.Submitted or ApplicationStatus.UnderReview))
        {
            throw Illegal("Reject", "驳回", ApplicationStatus.Submitted, ApplicationStatus.UnderReview);
        }

        if (Status == ApplicationStatus.UnderReview)
        {
            RequireComment(comment);
        }
        else if (reasons.Count == 0)
        {
            throw new DomainException(new DomainError(
                "Application.RejectionReasonRequired", "自动驳回须列明未通过的规则", "An automatic rejection must list the rules that failed."));
        }

        RejectWith(actor, reasons, comment, at);
    }

    /// <summary>The applicant did not answer a supplement request in time; the case ends as rejected.</summary>
    public void ExpireSupplementRequest(DateTimeOffset at)
    {
        if (Status != ApplicationStatus.SupplementRequested)
        {
            throw Illegal("Expire", "按补正超期处理", ApplicationStatus.SupplementRequested);
        }

        _outstandingSupplement.Clear();
        RejectWith(
            SystemActor,
            [new DomainError("Application.SupplementExpired", "补充材料超过期限未提交", "The supplementary materials were not provided in time.")],
            null,
            at);
    }

    /// <summary>Closes a decided case once its follow-up (registration, or notice of rejection) is done.</summary>
    public void Complete(DateTimeOffset at)
    {
        if (Status is not (ApplicationStatus.Approved or ApplicationStatus.Rejected))
        {
            throw Illegal("Complete", "办结", ApplicationStatus.Approved, ApplicationStatus.Rejected);
        }

        var outcome = Status;
        Move(ApplicationStatus.Completed, at, SystemActor, null);
        Raise(new ApplicationCompleted(Id, Type, outcome, at));
    }

    /// <summary>The decision the case was completed with, or the current decision if not yet completed.</summary>
    public ApplicationStatus? Outcome =>
        _history.LastOrDefault(change => change.To is ApplicationStatus.Approved or ApplicationStatus.Rejected)?.To;

    private void RejectWith(string actor, IReadOnlyList<DomainError> reasons, string? comment, DateTimeOffset at)
    {
        _rejectionReasons.Clear();
        _rejectionReasons.AddRange(reasons);
        Move(ApplicationStatus.Rejected, at, actor, comment);
        Raise(new ApplicationRejected(Id, Type, actor, reasons, at));
    }

    private static void RequireComment(string? comment)
    {
        if (string.IsNullOrWhiteSpace(comment))
        {
            throw new DomainException(new DomainError(
                "Application.CommentRequired", "请填写审核意见", "A comment is required unless approving."));
        }
    }
}
