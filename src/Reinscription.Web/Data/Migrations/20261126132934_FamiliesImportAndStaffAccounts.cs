using System;
using Microsoft.EntityFrameworkCore.Migrations;
using Npgsql.EntityFrameworkCore.PostgreSQL.Metadata;

#nullable disable

namespace Reinscription.Web.Data.Migrations
{
    /// <inheritdoc />
    public partial class FamiliesImportAndStaffAccounts : Migration
    {
        /// <inheritdoc />
        protected override void Up(MigrationBuilder migrationBuilder)
        {
            migrationBuilder.DropIndex(
                name: "IX_Students_FamilyId",
                table: "Students");

            migrationBuilder.AddColumn<string>(
                name: "ExternalId",
                table: "Students",
                type: "character varying(50)",
                maxLength: 50,
                nullable: true);

            migrationBuilder.AddColumn<DateTimeOffset>(
                name: "DisabledAt",
                table: "StaffMembers",
                type: "timestamp with time zone",
                nullable: true);

            migrationBuilder.AddColumn<string>(
                name: "ExternalId",
                table: "Families",
                type: "character varying(50)",
                maxLength: 50,
                nullable: true);

            migrationBuilder.AddColumn<string>(
                name: "Guardian1_ExtraPhone1",
                table: "Families",
                type: "character varying(30)",
                maxLength: 30,
                nullable: true);

            migrationBuilder.AddColumn<string>(
                name: "Guardian1_ExtraPhone2",
                table: "Families",
                type: "character varying(30)",
                maxLength: 30,
                nullable: true);

            migrationBuilder.AddColumn<string>(
                name: "Guardian1_ExtraPhone3",
                table: "Families",
                type: "character varying(30)",
                maxLength: 30,
                nullable: true);

            migrationBuilder.AddColumn<string>(
                name: "Guardian2_ExtraPhone1",
                table: "Families",
                type: "character varying(30)",
                maxLength: 30,
                nullable: true);

            migrationBuilder.AddColumn<string>(
                name: "Guardian2_ExtraPhone2",
                table: "Families",
                type: "character varying(30)",
                maxLength: 30,
                nullable: true);

            migrationBuilder.AddColumn<string>(
                name: "Guardian2_ExtraPhone3",
                table: "Families",
                type: "character varying(30)",
                maxLength: 30,
                nullable: true);

            migrationBuilder.CreateTable(
                name: "ImportFiles",
                columns: table => new
                {
                    Id = table.Column<int>(type: "integer", nullable: false)
                        .Annotation("Npgsql:ValueGenerationStrategy", NpgsqlValueGenerationStrategy.IdentityByDefaultColumn),
                    SiteId = table.Column<int>(type: "integer", nullable: false),
                    FileName = table.Column<string>(type: "character varying(255)", maxLength: 255, nullable: false),
                    Content = table.Column<byte[]>(type: "bytea", nullable: false),
                    UploadedByStaffId = table.Column<int>(type: "integer", nullable: false),
                    UploadedAt = table.Column<DateTimeOffset>(type: "timestamp with time zone", nullable: false),
                    ImportedAt = table.Column<DateTimeOffset>(type: "timestamp with time zone", nullable: true)
                },
                constraints: table =>
                {
                    table.PrimaryKey("PK_ImportFiles", x => x.Id);
                    table.ForeignKey(
                        name: "FK_ImportFiles_Sites_SiteId",
                        column: x => x.SiteId,
                        principalTable: "Sites",
                        principalColumn: "Id",
                        onDelete: ReferentialAction.Cascade);
                    table.ForeignKey(
                        name: "FK_ImportFiles_StaffMembers_UploadedByStaffId",
                        column: x => x.UploadedByStaffId,
                        principalTable: "StaffMembers",
                        principalColumn: "Id",
                        onDelete: ReferentialAction.Restrict);
                });

            migrationBuilder.CreateIndex(
                name: "IX_Students_FamilyId_ExternalId",
                table: "Students",
                columns: new[] { "FamilyId", "ExternalId" },
                unique: true);

            migrationBuilder.CreateIndex(
                name: "IX_Families_SiteId_ExternalId",
                table: "Families",
                columns: new[] { "SiteId", "ExternalId" },
                unique: true);

            migrationBuilder.CreateIndex(
                name: "IX_ImportFiles_SiteId_UploadedAt",
                table: "ImportFiles",
                columns: new[] { "SiteId", "UploadedAt" });

            migrationBuilder.CreateIndex(
                name: "IX_ImportFiles_UploadedByStaffId",
                table: "ImportFiles",
                column: "UploadedByStaffId");
        }

        /// <inheritdoc />
        protected override void Down(MigrationBuilder migrationBuilder)
        {
            migrationBuilder.DropTable(
                name: "ImportFiles");

            migrationBuilder.DropIndex(
                name: "IX_Students_FamilyId_ExternalId",
                table: "Students");

            migrationBuilder.DropIndex(
                name: "IX_Families_SiteId_ExternalId",
                table: "Families");

            migrationBuilder.DropColumn(
                name: "ExternalId",
                table: "Students");

            migrationBuilder.DropColumn(
                name: "DisabledAt",
                table: "StaffMembers");

            migrationBuilder.DropColumn(
                name: "ExternalId",
                table: "Families");

            migrationBuilder.DropColumn(
                name: "Guardian1_ExtraPhone1",
                table: "Families");

            migrationBuilder.DropColumn(
                name: "Guardian1_ExtraPhone2",
                table: "Families");

            migrationBuilder.DropColumn(
                name: "Guardian1_ExtraPhone3",
                table: "Families");

            migrationBuilder.DropColumn(
                name: "Guardian2_ExtraPhone1",
                table: "Families");

            migrationBuilder.DropColumn(
                name: "Guardian2_ExtraPhone2",
                table: "Families");

            migrationBuilder.DropColumn(
                name: "Guardian2_ExtraPhone3",
                table: "Families");

            migrationBuilder.CreateIndex(
                name: "IX_Students_FamilyId",
                table: "Students",
                column: "FamilyId");
        }
    }
}
