namespace SocialInsurance.Api.Infrastructure.Problems;

/// <summary>The reports' filters (统计).</summary>
public static partial class ErrorCodes
{
    public static readonly ErrorCode ReportFormatInvalid = new("report.formatInvalid", "格式须为 json 或 csv", "Format must be json or csv");
    public static readonly ErrorCode ReportRangeReversed = new("report.rangeReversed", "开始日期不能晚于结束日期", "The start date must not be after the end date");
    public static readonly ErrorCode ReportRangeTooLong = new("report.rangeTooLong", "日期范围最多 {max} 天", "The date range is at most {max} days");
    public static readonly ErrorCode ReportServiceInvalid = new("report.serviceInvalid", "业务须为 NewEnrollment、Resumption 或 Suspension", "Service must be NewEnrollment, Resumption or Suspension");
    public static readonly ErrorCode ReportRegionUnknown = new("report.regionUnknown", "没有这个参保统筹区", "There is no such region");
    public static readonly ErrorCode ReportDateInvalid = new("report.dateInvalid", "日期格式须为 yyyy-MM-dd", "The date must be yyyy-MM-dd");
}
