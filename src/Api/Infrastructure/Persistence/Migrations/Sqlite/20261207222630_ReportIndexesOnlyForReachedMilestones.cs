using Microsoft.EntityFrameworkCore.Migrations;

#nullable disable

namespace SocialInsurance.Api.Infrastructure.Persistence.Migrations.Sqlite
{
    /// <inheritdoc />
    public partial class ReportIndexesOnlyForReachedMilestones : Migration
    {
        /// <inheritdoc />
        protected override void Up(MigrationBuilder migrationBuilder)
        {
            migrationBuilder.DropIndex(
                name: "ix_case_report_facts_completed",
                table: "case_report_facts");

            migrationBuilder.DropIndex(
                name: "ix_case_report_facts_completion_time",
                table: "case_report_facts");

            migrationBuilder.DropIndex(
                name: "ix_case_report_facts_decided",
                table: "case_report_facts");

            migrationBuilder.DropIndex(
                name: "ix_case_report_facts_decision_time",
                table: "case_report_facts");

            migrationBuilder.DropIndex(
                name: "ix_case_report_facts_submitted",
                table: "case_report_facts");

            migrationBuilder.DropIndex(
                name: "ix_case_report_facts_supplement",
                table: "case_report_facts");

            migrationBuilder.CreateIndex(
                name: "ix_case_report_facts_completed",
                table: "case_report_facts",
                columns: new[] { "CompletedDay", "Service", "Region" },
                filter: "\"CompletedDay\" IS NOT NULL");

            migrationBuilder.CreateIndex(
                name: "ix_case_report_facts_completion_time",
                table: "case_report_facts",
                columns: new[] { "Service", "CompletionSeconds", "CompletedDay", "Region" },
                filter: "\"CompletionSeconds\" IS NOT NULL");

            migrationBuilder.CreateIndex(
                name: "ix_case_report_facts_decided",
                table: "case_report_facts",
                columns: new[] { "DecidedDay", "Service", "Region", "Outcome" },
                filter: "\"DecidedDay\" IS NOT NULL");

            migrationBuilder.CreateIndex(
                name: "ix_case_report_facts_decision_time",
                table: "case_report_facts",
                columns: new[] { "Service", "DecisionSeconds", "DecidedDay", "Region" },
                filter: "\"DecisionSeconds\" IS NOT NULL");

            migrationBuilder.CreateIndex(
                name: "ix_case_report_facts_submitted",
                table: "case_report_facts",
                columns: new[] { "SubmittedDay", "Service", "Region" },
                filter: "\"SubmittedDay\" IS NOT NULL");

            migrationBuilder.CreateIndex(
                name: "ix_case_report_facts_supplement",
                table: "case_report_facts",
                columns: new[] { "SupplementDay", "Service", "Region" },
                filter: "\"SupplementDay\" IS NOT NULL");
        }

        /// <inheritdoc />
        protected override void Down(MigrationBuilder migrationBuilder)
        {
            migrationBuilder.DropIndex(
                name: "ix_case_report_facts_completed",
                table: "case_report_facts");

            migrationBuilder.DropIndex(
                name: "ix_case_report_facts_completion_time",
                table: "case_report_facts");

            migrationBuilder.DropIndex(
                name: "ix_case_report_facts_decided",
                table: "case_report_facts");

            migrationBuilder.DropIndex(
                name: "ix_case_report_facts_decision_time",
                table: "case_report_facts");

            migrationBuilder.DropIndex(
                name: "ix_case_report_facts_submitted",
                table: "case_report_facts");

            migrationBuilder.DropIndex(
                name: "ix_case_report_facts_supplement",
                table: "case_report_facts");

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
        }
    }
}
