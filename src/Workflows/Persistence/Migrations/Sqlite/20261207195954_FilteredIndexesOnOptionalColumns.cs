using Microsoft.EntityFrameworkCore.Migrations;

#nullable disable

namespace SocialInsurance.Workflows.Persistence.Migrations.Sqlite
{
    /// <inheritdoc />
    public partial class FilteredIndexesOnOptionalColumns : Migration
    {
        /// <inheritdoc />
        protected override void Up(MigrationBuilder migrationBuilder)
        {
            migrationBuilder.DropIndex(
                name: "IX_wf_tasks_CompletedBy",
                table: "wf_tasks");

            migrationBuilder.DropIndex(
                name: "IX_wf_instances_ParentInstanceId",
                table: "wf_instances");

            migrationBuilder.DropIndex(
                name: "IX_wf_instances_UniqueKey",
                table: "wf_instances");

            migrationBuilder.DropIndex(
                name: "IX_wf_bookmarks_DueAt",
                table: "wf_bookmarks");

            migrationBuilder.DropIndex(
                name: "IX_wf_bookmarks_MessageName_CorrelationKey",
                table: "wf_bookmarks");

            migrationBuilder.CreateIndex(
                name: "IX_wf_tasks_CompletedBy",
                table: "wf_tasks",
                column: "CompletedBy",
                filter: "\"CompletedBy\" IS NOT NULL");

            migrationBuilder.CreateIndex(
                name: "IX_wf_instances_ParentInstanceId",
                table: "wf_instances",
                column: "ParentInstanceId",
                filter: "\"ParentInstanceId\" IS NOT NULL");

            migrationBuilder.CreateIndex(
                name: "IX_wf_instances_UniqueKey",
                table: "wf_instances",
                column: "UniqueKey",
                unique: true,
                filter: "\"UniqueKey\" IS NOT NULL");

            migrationBuilder.CreateIndex(
                name: "IX_wf_bookmarks_DueAt",
                table: "wf_bookmarks",
                column: "DueAt",
                filter: "\"DueAt\" IS NOT NULL");

            migrationBuilder.CreateIndex(
                name: "IX_wf_bookmarks_MessageName_CorrelationKey",
                table: "wf_bookmarks",
                columns: new[] { "MessageName", "CorrelationKey" },
                filter: "\"MessageName\" IS NOT NULL");
        }

        /// <inheritdoc />
        protected override void Down(MigrationBuilder migrationBuilder)
        {
            migrationBuilder.DropIndex(
                name: "IX_wf_tasks_CompletedBy",
                table: "wf_tasks");

            migrationBuilder.DropIndex(
                name: "IX_wf_instances_ParentInstanceId",
                table: "wf_instances");

            migrationBuilder.DropIndex(
                name: "IX_wf_instances_UniqueKey",
                table: "wf_instances");

            migrationBuilder.DropIndex(
                name: "IX_wf_bookmarks_DueAt",
                table: "wf_bookmarks");

            migrationBuilder.DropIndex(
                name: "IX_wf_bookmarks_MessageName_CorrelationKey",
                table: "wf_bookmarks");

            migrationBuilder.CreateIndex(
                name: "IX_wf_tasks_CompletedBy",
                table: "wf_tasks",
                column: "CompletedBy");

            migrationBuilder.CreateIndex(
                name: "IX_wf_instances_ParentInstanceId",
                table: "wf_instances",
                column: "ParentInstanceId");

            migrationBuilder.CreateIndex(
                name: "IX_wf_instances_UniqueKey",
                table: "wf_instances",
                column: "UniqueKey",
                unique: true);

            migrationBuilder.CreateIndex(
                name: "IX_wf_bookmarks_DueAt",
                table: "wf_bookmarks",
                column: "DueAt");

            migrationBuilder.CreateIndex(
                name: "IX_wf_bookmarks_MessageName_CorrelationKey",
                table: "wf_bookmarks",
                columns: new[] { "MessageName", "CorrelationKey" });
        }
    }
}
