using System;
using Microsoft.EntityFrameworkCore.Migrations;

#nullable disable

namespace SocialInsurance.Api.Infrastructure.Persistence.Migrations.Sqlite
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
                    Id = table.Column<Guid>(type: "TEXT", nullable: false),
                    CaseKey = table.Column<string>(type: "TEXT", maxLength: 255, nullable: false),
                    InstanceId = table.Column<Guid>(type: "TEXT", nullable: false),
                    TaskId = table.Column<Guid>(type: "TEXT", nullable: false),
                    Author = table.Column<string>(type: "TEXT", maxLength: 256, nullable: false),
                    AuthorName = table.Column<string>(type: "TEXT", maxLength: 100, nullable: true),
                    Text = table.Column<string>(type: "TEXT", maxLength: 2000, nullable: false),
                    VisibleToApplicant = table.Column<bool>(type: "INTEGER", nullable: false),
                    CreatedAt = table.Column<long>(type: "INTEGER", nullable: false)
                },
                constraints: table =>
                {
                    table.PrimaryKey("PK_case_comments", x => x.Id);
                });

            migrationBuilder.CreateTable(
                name: "case_material_files",
                columns: table => new
                {
                    ApplicationId = table.Column<Guid>(type: "TEXT", nullable: false),
                    MaterialId = table.Column<string>(type: "TEXT", maxLength: 32, nullable: false),
                    Size = table.Column<long>(type: "INTEGER", nullable: false),
                    Head = table.Column<byte[]>(type: "BLOB", maxLength: 8, nullable: false),
                    Content = table.Column<byte[]>(type: "BLOB", nullable: false),
                    StoredAt = table.Column<long>(type: "INTEGER", nullable: false)
                },
                constraints: table =>
                {
                    table.PrimaryKey("PK_case_material_files", x => new { x.ApplicationId, x.MaterialId });
                });

            migrationBuilder.CreateTable(
                name: "case_report_facts",
                columns: table => new
                {
                    ApplicationId = table.Column<Guid>(type: "TEXT", nullable: false),
                    Service = table.Column<string>(type: "TEXT", maxLength: 32, nullable: false),
                    Region = table.Column<string>(type: "TEXT", maxLength: 12, nullable: false),
                    Status = table.Column<string>(type: "TEXT", maxLength: 32, nullable: false),
                    SubmittedAt = table.Column<long>(type: "INTEGER", nullable: true),
                    SubmittedDay = table.Column<int>(type: "INTEGER", nullable: true),
                    Outcome = table.Column<string>(type: "TEXT", maxLength: 16, nullable: true),
                    DecidedAt = table.Column<long>(type: "INTEGER", nullable: true),
                    DecidedDay = table.Column<int>(type: "INTEGER", nullable: true),
                    DecisionSeconds = table.Column<long>(type: "INTEGER", nullable: true),
                    CompletedAt = table.Column<long>(type: "INTEGER", nullable: true),
                    CompletedDay = table.Column<int>(type: "INTEGER", nullable: true),
                    CompletionSeconds = table.Column<long>(type: "INTEGER", nullable: true),
                    SupplementDay = table.Column<int>(type: "INTEGER", nullable: true),
                    SupplementRequests = table.Column<int>(type: "INTEGER", nullable: false)
                },
                constraints: table =>
                {
                    table.PrimaryKey("PK_case_report_facts", x => x.ApplicationId);
                });

            migrationBuilder.CreateTable(
                name: "case_saved_filters",
                columns: table => new
                {
                    Id = table.Column<Guid>(type: "TEXT", nullable: false),
                    UserName = table.Column<string>(type: "TEXT", maxLength: 256, nullable: false),
                    Name = table.Column<string>(type: "TEXT", maxLength: 60, nullable: false),
                    Query = table.Column<string>(type: "TEXT", maxLength: 1000, nullable: false),
                    CreatedAt = table.Column<long>(type: "INTEGER", nullable: false)
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
