using SocialInsurance.Api.Features.Applications;
using SocialInsurance.Api.Jobs;

namespace SocialInsurance.Api.Processes;

public static partial class CaseProcess
{
    /// <summary>Message names the case processes wait for; who sends each is in <see cref="Resubmission"/> and <see cref="AgreementSignedBinding"/>.</summary>
    public static class Messages
    {
        /// <summary>The applicant resubmitted after a supplement request; correlated by business key (the application id).</summary>
        public const string MaterialsResubmitted = "materialsResubmitted";

        /// <summary>The tax bureau reports the deduction agreement signed; correlated by <see cref="Variables.IdNumber"/>.</summary>
        public const string AgreementSigned = "agreementSigned";
    }

    public static readonly MessageBinding Resubmission = new(Messages.MaterialsResubmitted, typeof(SubmitApplication), "business key");

    public static readonly MessageBinding AgreementSignedBinding = new(Messages.AgreementSigned, typeof(AgreementPollingJob), Variables.IdNumber)
    {
        Payload = [Variables.AgreementBankCode, Variables.AgreementAccount, Variables.AgreementSignedAt],
    };
}
