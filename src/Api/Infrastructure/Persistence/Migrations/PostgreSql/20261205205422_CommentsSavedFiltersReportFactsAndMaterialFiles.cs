using System;
using Microsoft.EntityFrameworkCore.Migrations;

#nullable disable

namespace SocialInsurance.Api.Infrastructure.Persistence.Migrations.PostgreSql
{
    /// <inheritdoc />
    public partial class CommentsSavedFiltersReportFactsAndMaterialFiles : Migration
    {
        /// <inheritdoc />
        protected override void Up(MigrationBuilder migrationBuilder)
        {
            migrationBuilder.CreateTable(
                name: "case_comments",
                columns: table => new
                {
                    Id = table.Column<Guid>(type: "uuid", nullable: false),
                    CaseKey = table.Column<string>(type: "character varying(255)", maxLength: 255, nullable: false),
                    InstanceId = table.Column<Guid>(type: "uuid", nullable: false),
                    TaskId = table.Column<Guid>(type: "uuid", nullable: false),
                    Author = table.Column<string>(type: "character varying(256)", maxLength: 256, nullable: false),
                    AuthorName = table.Column<string>(type: "character varying(100)", maxLength: 100, nullable: true),
                    Text = table.Column<string>(type: "character varying(2000)", maxLength: 2000, nullable: false),
                    VisibleToApplicant = table.Column<bool>(type: "boolean", nullable: false),
                    CreatedAt = table.Column<DateTimeOffset>(type: "timestamp with time zone", nullable: false)
                },
                constraints: table =>
                {
                    table.PrimaryKey("PK_case_comments", x => x.Id);
                });

            migrationBuilder.CreateTable(
                name: "case_material_files",
                columns: table => new
                {
                    ApplicationId = table.Column<Guid>(type: "uuid", nullable: false),
                    MaterialId = table.Column<string>(type: "character varying(32)", maxLength: 32, nullable: false),
                    Size = table.Column<long>(type: "bigint", nullable: false),
                    Head = table.Column<byte[]>(type: "bytea", maxLength: 8, nullable: false),
                    Content = table.Column<byte[]>(type: "bytea", nullable: false),
                    StoredAt = table.Column<DateTimeOffset>(type: "timestamp with time zone", nullable: false)
                },
                constraints: table =>
                {
                    table.PrimaryKey("PK_case_material_files", x => new { x.ApplicationId, x.MaterialId });
                });

            migrationBuilder.CreateTable(
                name: "case_report_facts",
                columns: table => new
                {
                    ApplicationId = table.Column<Guid>(type: "uuid", nullable: false),
                    Service = table.Column<string>(type: "character varying(32)", maxLength: 32, nullable: false),
                    Region = table.Column<string>(type: "character varying(12)", maxLength: 12, nullable: false),
                    Status = table.Column<string>(type: "character varying(32)", maxLength: 32, nullable: false),
                    SubmittedAt = table.Column<DateTimeOffset>(type: "timestamp with time zone", nullable: true),
                    SubmittedDay = table.Column<int>(type: "integer", nullable: true),
                    Outcome = table.Column<string>(type: "character varying(16)", maxLength: 16, nullable: true),
                    DecidedAt = table.Column<DateTimeOffset>(type: "timestamp with time zone", nullable: true),
                    DecidedDay = table.Column<int>(type: "integer", nullable: true),
                    DecisionSeconds = table.Column<long>(type: "bigint", nullable: true),
                    CompletedAt = table.Column<DateTimeOffset>(type: "timestamp with time zone", nullable: true),
                    CompletedDay = table.Column<int>(type: "integer", nullable: true),
                    CompletionSeconds = table.Column<long>(type: "bigint", nullable: true),
                    SupplementDay = table.Column<int>(type: "integer", nullable: true),
                    SupplementRequests = table.Column<int>(type: "integer", nullable: false)
                },
                constraints: table =>
                {
                    table.PrimaryKey("PK_case_report_facts", x => x.ApplicationId);
                });

            migrationBuilder.CreateTable(
                name: "case_saved_filters",
                columns: table => new
                {
                    Id = table.Column<Guid>(type: "uuid", nullable: false),
                    UserName = table.Column<string>(type: "character varying(256)", maxLength: 256, nullable: false),
                    Name = table.Column<string>(type: "character varying(60)", maxLength: 60, nullable: false),
                    Query = table.Column<string>(type: "character varying(1000)", maxLength: 1000, nullable: false),
                    CreatedAt = table.Column<DateTimeOffset>(type: "timestamp with time zone", nullable: false)
                },
                constraints: table =>
                {
                    table.PrimaryKey("PK_case_saved_filters", x => x.Id);
                });

            migrationBuilder.CreateIndex(
                name: "IX_case_comments_CaseKey_CreatedAt",
                table: "case_comments",
                columns: new[] { "CaseKey", "CreatedAt" });

            migrationBuilder.CreateIndex(
                name: "ix_case_report_facts_completed",
                table: "case_report_facts",
                columns: new[] { "CompletedDay", "Service", "Region" });

            migrationBuilder.CreateIndex(
                name: "ix_case_report_facts_completion_time",
                table: "case_report_facts",
                columns: new[] { "Service", "CompletionSeconds", "CompletedDay", "Region" });

            migrationBuilder.CreateIndex(
                name: "ix_case_report_facts_decided",
                table: "case_report_facts",
                columns: new[] { "DecidedDay", "Service", "Region", "Outcome" });

            migrationBuilder.CreateIndex(
                name: "ix_case_report_facts_decision_time",
                table: "case_report_facts",
                columns: new[] { "Service", "DecisionSeconds", "DecidedDay", "Region" });

            migrationBuilder.CreateIndex(
                name: "ix_case_report_facts_submitted",
                table: "case_report_facts",
                columns: new[] { "SubmittedDay", "Service", "Region" });

            migrationBuilder.CreateIndex(
                name: "ix_case_report_facts_supplement",
                table: "case_report_facts",
                columns: new[] { "SupplementDay", "Service", "Region" });

            migrationBuilder.CreateIndex(
                name: "IX_case_saved_filters_UserName_Name",
                table: "case_saved_filters",
                columns: new[] { "UserName", "Name" },
                unique: true);
        }

        /// <inheritdoc />
        protected override void Down(MigrationBuilder migrationBuilder)
        {
            migrationBuilder.DropTable(
                name: "case_comments");

            migrationBuilder.DropTable(
                name: "case_material_files");

            migrationBuilder.DropTable(
                name: "case_report_facts");

            migrationBuilder.DropTable(
                name: "case_saved_filters");
        }
    }
}
