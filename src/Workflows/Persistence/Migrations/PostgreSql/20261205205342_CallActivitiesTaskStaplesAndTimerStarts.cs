using System;
using Microsoft.EntityFrameworkCore.Migrations;

#nullable disable

namespace SocialInsurance.Workflows.Persistence.Migrations.PostgreSql
{
    /// <inheritdoc />
    public partial class CallActivitiesTaskStaplesAndTimerStarts : Migration
    {
        /// <inheritdoc />
        protected override void Up(MigrationBuilder migrationBuilder)
        {
            migrationBuilder.AddColumn<string>(
                name: "Delegation",
                table: "wf_tasks",
                type: "character varying(20)",
                maxLength: 20,
                nullable: true);

            migrationBuilder.AddColumn<DateTimeOffset>(
                name: "FollowUpAt",
                table: "wf_tasks",
                type: "timestamp with time zone",
                nullable: true);

            migrationBuilder.AddColumn<string>(
                name: "Owner",
                table: "wf_tasks",
                type: "character varying(255)",
                maxLength: 255,
                nullable: true);

            migrationBuilder.AddColumn<int>(
                name: "Priority",
                table: "wf_tasks",
                // Tasks created before priorities existed get camunda:priority's default.
                type: "integer",
                nullable: false,
                defaultValue: 50);

            migrationBuilder.AddColumn<Guid>(
                name: "ParentInstanceId",
                table: "wf_instances",
                type: "uuid",
                nullable: true);

            migrationBuilder.AddColumn<int>(
                name: "ParentTokenId",
                table: "wf_instances",
                type: "integer",
                nullable: true);

            migrationBuilder.AddColumn<string>(
                name: "DefinitionId",
                table: "wf_bookmarks",
                type: "character varying(300)",
                maxLength: 300,
                nullable: true);

            migrationBuilder.CreateIndex(
                name: "IX_wf_instances_ParentInstanceId",
                table: "wf_instances",
                column: "ParentInstanceId");

            migrationBuilder.CreateIndex(
                name: "IX_wf_incidents_CreatedAt",
                table: "wf_incidents",
                column: "CreatedAt");
        }

        /// <inheritdoc />
        protected override void Down(MigrationBuilder migrationBuilder)
        {
            migrationBuilder.DropIndex(
                name: "IX_wf_instances_ParentInstanceId",
                table: "wf_instances");

            migrationBuilder.DropIndex(
                name: "IX_wf_incidents_CreatedAt",
                table: "wf_incidents");

            migrationBuilder.DropColumn(
                name: "Delegation",
                table: "wf_tasks");

            migrationBuilder.DropColumn(
                name: "FollowUpAt",
                table: "wf_tasks");

            migrationBuilder.DropColumn(
                name: "Owner",
                table: "wf_tasks");

            migrationBuilder.DropColumn(
                name: "Priority",
                table: "wf_tasks");

            migrationBuilder.DropColumn(
                name: "ParentInstanceId",
                table: "wf_instances");

            migrationBuilder.DropColumn(
                name: "ParentTokenId",
                table: "wf_instances");

            migrationBuilder.DropColumn(
                name: "DefinitionId",
                table: "wf_bookmarks");
        }
    }
}
