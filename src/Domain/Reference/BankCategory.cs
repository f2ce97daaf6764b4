namespace SocialInsurance.Domain.Reference;

/// <summary>
/// A 银行类别 an applicant can pick. <see cref="Code"/> is our stable key. <see cref="CnapsCategoryCode"/> is the
/// three-digit bank-category (行别) code of the People's Bank CNAPS directory; <see cref="CnapsCodeIsShared"/> marks
/// a category code that several banks share (all city commercial banks are 313, for instance), so it cannot
/// identify the bank by itself; <see cref="Note"/> says what is unverified.
/// </summary>
public sealed record BankCategory(
    string Code,
    string CnapsCategoryCode,
    string NameZh,
    string NameEn,
    bool CnapsCodeIsShared = false,
    string? Note = null);
