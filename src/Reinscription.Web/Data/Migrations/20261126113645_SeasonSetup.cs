using Microsoft.EntityFrameworkCore.Migrations;
using Reinscription.Web.Data.Sql;

#nullable disable

namespace Reinscription.Web.Data.Migrations
{
    /// <inheritdoc />
    public partial class SeasonSetup : Migration
    {
        /// <inheritdoc />
        protected override void Up(MigrationBuilder migrationBuilder)
        {
            migrationBuilder.DropIndex(
                name: "IX_Campaigns_SiteId_TargetSchoolYearId",
                table: "Campaigns");

            migrationBuilder.AddColumn<int>(
                name: "CopiedFromRequirementId",
                table: "DocumentRequirements",
                type: "integer",
                nullable: true);

            migrationBuilder.AddColumn<int>(
                name: "CopiedFromCourseId",
                table: "Courses",
                type: "integer",
                nullable: true);

            migrationBuilder.AddColumn<string>(
                name: "Mode",
                table: "Campaigns",
                type: "character varying(64)",
                maxLength: 64,
                nullable: false,
                defaultValue: "Complete");

            migrationBuilder.AddColumn<string>(
                name: "Texts_Authorisations",
                table: "Campaigns",
                type: "character varying(2000)",
                maxLength: 2000,
                nullable: false,
                defaultValue: "");

            migrationBuilder.AddColumn<string>(
                name: "Texts_Confirmation",
                table: "Campaigns",
                type: "character varying(2000)",
                maxLength: 2000,
                nullable: false,
                defaultValue: "");

            migrationBuilder.AddColumn<string>(
                name: "Texts_Coordinates",
                table: "Campaigns",
                type: "character varying(2000)",
                maxLength: 2000,
                nullable: false,
                defaultValue: "");

            migrationBuilder.AddColumn<string>(
                name: "Texts_Courses",
                table: "Campaigns",
                type: "character varying(2000)",
                maxLength: 2000,
                nullable: false,
                defaultValue: "");

            migrationBuilder.AddColumn<string>(
                name: "Texts_Documents",
                table: "Campaigns",
                type: "character varying(2000)",
                maxLength: 2000,
                nullable: false,
                defaultValue: "");

            migrationBuilder.AddColumn<string>(
                name: "Texts_Summary",
                table: "Campaigns",
                type: "character varying(2000)",
                maxLength: 2000,
                nullable: false,
                defaultValue: "");

            migrationBuilder.AddColumn<string>(
                name: "Texts_Tab",
                table: "Campaigns",
                type: "character varying(2000)",
                maxLength: 2000,
                nullable: false,
                defaultValue: "");

            migrationBuilder.CreateIndex(
                name: "IX_DocumentRequirements_CopiedFromRequirementId",
                table: "DocumentRequirements",
                column: "CopiedFromRequirementId",
                unique: true);

            migrationBuilder.AddCheckConstraint(
                name: "CK_DocumentRequirements_StudentConditions",
                table: "DocumentRequirements",
                sql: "\"Scope\" = 'Student' OR \"Condition\" NOT IN ('Discipline', 'StudentOfAge')");

            migrationBuilder.CreateIndex(
                name: "IX_Courses_CopiedFromCourseId",
                table: "Courses",
                column: "CopiedFromCourseId",
                unique: true);

            migrationBuilder.CreateIndex(
                name: "IX_Campaigns_SiteId_TargetSchoolYearId",
                table: "Campaigns",
                columns: new[] { "SiteId", "TargetSchoolYearId" });

            migrationBuilder.Sql(CampaignSql.RefuseOverlaps);
        }

        /// <inheritdoc />
        protected override void Down(MigrationBuilder migrationBuilder)
        {
            migrationBuilder.Sql(CampaignSql.AllowOverlaps);

            migrationBuilder.DropIndex(
                name: "IX_DocumentRequirements_CopiedFromRequirementId",
                table: "DocumentRequirements");

            migrationBuilder.DropCheckConstraint(
                name: "CK_DocumentRequirements_StudentConditions",
                table: "DocumentRequirements");

            migrationBuilder.DropIndex(
                name: "IX_Courses_CopiedFromCourseId",
                table: "Courses");

            migrationBuilder.DropIndex(
                name: "IX_Campaigns_SiteId_TargetSchoolYearId",
                table: "Campaigns");

            migrationBuilder.DropColumn(
                name: "CopiedFromRequirementId",
                table: "DocumentRequirements");

            migrationBuilder.DropColumn(
                name: "CopiedFromCourseId",
                table: "Courses");

            migrationBuilder.DropColumn(
                name: "Mode",
                table: "Campaigns");

            migrationBuilder.DropColumn(
                name: "Texts_Authorisations",
                table: "Campaigns");

            migrationBuilder.DropColumn(
                name: "Texts_Confirmation",
                table: "Campaigns");

            migrationBuilder.DropColumn(
                name: "Texts_Coordinates",
                table: "Campaigns");

            migrationBuilder.DropColumn(
                name: "Texts_Courses",
                table: "Campaigns");

            migrationBuilder.DropColumn(
                name: "Texts_Documents",
                table: "Campaigns");

            migrationBuilder.DropColumn(
                name: "Texts_Summary",
                table: "Campaigns");

            migrationBuilder.DropColumn(
                name: "Texts_Tab",
                table: "Campaigns");

            migrationBuilder.CreateIndex(
                name: "IX_Campaigns_SiteId_TargetSchoolYearId",
                table: "Campaigns",
                columns: new[] { "SiteId", "TargetSchoolYearId" },
                unique: true);
        }
    }
}
