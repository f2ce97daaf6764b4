using SocialInsurance.Domain.SeedWork;

namespace SocialInsurance.Domain.Insurance;

/// <summary>
/// What the national registry (全国社会保险参保信息) says about a person beyond our own record: enrollments elsewhere,
/// months paid through employers, a pension being drawn, a recorded death. The rules that decide duplicate
/// enrollment (DOMAIN-SOURCES §1.11) and who resumes as a former employee (seed text (2)) read it.
/// </summary>
public sealed record RegistryStanding(IReadOnlyList<EnrollmentElsewhere> Enrollments, int EmployerMonths, YearMonth? PensionSince, DateOnly? DiedOn)
{
    public static RegistryStanding None { get; } = new([], 0, null, null);

    /// <summary>Contributions being paid now in another scheme or place.</summary>
    public IEnumerable<EnrollmentElsewhere> PayingElsewhere => Enrollments.Where(e => e.Paying);

    /// <summary>
    /// Left an employer in Xinjiang: a 企业职工 relationship in 暂停 (suspended) and nothing paid now. Seed text (2):
    /// such a person pays on as a flexible worker through 续保, their years added to the earlier ones.
    /// </summary>
    public bool IsFormerEmployee =>
        !PayingElsewhere.Any() && Enrollments.Any(e => e.EnterpriseScheme && !e.Paying && e.InXinjiang);

    /// <summary>The reason a recorded death ends every service, or null.</summary>
    public DomainError? Death => DiedOn is { } died
        ? new DomainError("Identity.Deceased", $"全国参保信息登记该身份证号码持有人已于 {died:yyyy-MM-dd} 死亡", $"The national registry records the holder of this ID number as deceased on {died:yyyy-MM-dd}.")
        : null;

    /// <summary>
    /// Why this person cannot join (or pay on in) the flexible-employment scheme now: drawing a pension, or paying in
    /// another scheme or place (one active pension relationship per social-security number, §1.11). Null when free.
    /// </summary>
    public DomainError? Duplicate()
    {
        if (PensionSince is { } since)
        {
            return new DomainError(
                "Registry.DrawingPension",
                $"已于 {since} 起按月领取养老金，不能再参保缴费",
                $"The applicant has drawn a pension since {since} and cannot contribute again.");
        }

        return PayingElsewhere.FirstOrDefault() switch
        {
            null => null,
            { Scheme: ElsewhereScheme.Employer } e => new DomainError(
                "Registry.EmployerPaying",
                $"用人单位（{e.EmployerName}）正在为其缴纳企业职工养老保险，不能以灵活就业身份重复参保",
                $"An employer ({e.EmployerName}) is paying enterprise pension contributions for the applicant; a second enrollment as a flexible worker is not allowed."),
            { InXinjiang: false } => new DomainError(
                "Registry.OtherProvince",
                "已在外省参加基本养老保险并正常缴费，请先在原参保地停保或办理转移",
                "The applicant is insured and paying in another province; stop there or transfer the record first."),
            { Scheme: ElsewhereScheme.UrbanRuralResident } => new DomainError(
                "Registry.ResidentScheme",
                "已参加城乡居民基本养老保险并正常缴费，请先办理城乡居民养老保险停保",
                "The applicant is paying into the urban and rural residents' pension scheme; stop that enrollment first."),
            { Scheme: ElsewhereScheme.PublicInstitution } => new DomainError(
                "Registry.PublicInstitution",
                "已参加机关事业单位养老保险，不能以灵活就业身份重复参保",
                "The applicant is insured in the public-institution pension scheme; a second enrollment is not allowed."),
            _ => new DomainError(
                "Registry.InsuredElsewhere",
                "已在其他统筹区以个人身份参保缴费，不能重复参保",
                "The applicant is already paying as a flexible worker in another pooling region; a second enrollment is not allowed."),
        };
    }
}
