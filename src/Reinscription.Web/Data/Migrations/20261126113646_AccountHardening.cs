using System;
using Microsoft.EntityFrameworkCore.Migrations;

#nullable disable

namespace Reinscription.Web.Data.Migrations
{
    /// <inheritdoc />
    public partial class AccountHardening : Migration
    {
        /// <inheritdoc />
        protected override void Up(MigrationBuilder migrationBuilder)
        {
            migrationBuilder.DropCheckConstraint(
                name: "CK_Sites_PasswordLengths",
                table: "Sites");

            migrationBuilder.DropIndex(
                name: "IX_Outbox_NextAttemptAt",
                table: "Outbox");

            migrationBuilder.AddColumn<string>(
                name: "PasswordRule",
                table: "Sites",
                type: "character varying(64)",
                maxLength: 64,
                nullable: false,
                defaultValue: "");

            migrationBuilder.Sql(Reinscription.Web.Data.Sql.AccountHardeningSql.ExistingSitesKeepTheClassicRule);

            migrationBuilder.AddColumn<bool>(
                name: "ForgetBodyWhenSent",
                table: "Outbox",
                type: "boolean",
                nullable: false,
                defaultValue: false);

            migrationBuilder.AddColumn<DateTimeOffset>(
                name: "GaveUpAt",
                table: "Outbox",
                type: "timestamp with time zone",
                nullable: true);

            migrationBuilder.AddColumn<int>(
                name: "Rejections",
                table: "Outbox",
                type: "integer",
                nullable: false,
                defaultValue: 0);

            migrationBuilder.AddColumn<int>(
                name: "SiteId",
                table: "Outbox",
                type: "integer",
                nullable: true);

            migrationBuilder.CreateTable(
                name: "Sessions",
                columns: table => new
                {
                    Id = table.Column<string>(type: "character varying(64)", maxLength: 64, nullable: false),
                    AccountId = table.Column<string>(type: "character varying(450)", maxLength: 450, nullable: false),
                    Ticket = table.Column<byte[]>(type: "bytea", nullable: false),
                    StartedAt = table.Column<DateTimeOffset>(type: "timestamp with time zone", nullable: false),
                    EndsAt = table.Column<DateTimeOffset>(type: "timestamp with time zone", nullable: false)
                },
                constraints: table =>
                {
                    table.PrimaryKey("PK_Sessions", x => x.Id);
                    table.ForeignKey(
                        name: "FK_Sessions_AspNetUsers_AccountId",
                        column: x => x.AccountId,
                        principalTable: "AspNetUsers",
                        principalColumn: "Id",
                        onDelete: ReferentialAction.Cascade);
                });

            migrationBuilder.AddCheckConstraint(
                name: "CK_Sites_PasswordLengths",
                table: "Sites",
                sql: "\"PasswordMinLength\" >= 8 AND \"PasswordMinLength\" <= \"PasswordMaxLength\" AND (\"PasswordRule\" = 'Recommended' OR \"PasswordMaxLength\" <= 20)");

            migrationBuilder.CreateIndex(
                name: "IX_Outbox_NextAttemptAt",
                table: "Outbox",
                column: "NextAttemptAt",
                filter: "\"SentAt\" IS NULL AND \"GaveUpAt\" IS NULL");

            migrationBuilder.CreateIndex(
                name: "IX_Outbox_SiteId",
                table: "Outbox",
                column: "SiteId",
                filter: "\"GaveUpAt\" IS NOT NULL");

            migrationBuilder.CreateIndex(
                name: "IX_Sessions_AccountId",
                table: "Sessions",
                column: "AccountId");

            migrationBuilder.CreateIndex(
                name: "IX_Sessions_EndsAt",
                table: "Sessions",
                column: "EndsAt");

            migrationBuilder.AddForeignKey(
                name: "FK_Outbox_Sites_SiteId",
                table: "Outbox",
                column: "SiteId",
                principalTable: "Sites",
                principalColumn: "Id",
                onDelete: ReferentialAction.SetNull);
        }

        /// <inheritdoc />
        protected override void Down(MigrationBuilder migrationBuilder)
        {
            migrationBuilder.DropForeignKey(
                name: "FK_Outbox_Sites_SiteId",
                table: "Outbox");

            migrationBuilder.DropTable(
                name: "Sessions");

            migrationBuilder.DropCheckConstraint(
                name: "CK_Sites_PasswordLengths",
                table: "Sites");

            migrationBuilder.DropIndex(
                name: "IX_Outbox_NextAttemptAt",
                table: "Outbox");

            migrationBuilder.DropIndex(
                name: "IX_Outbox_SiteId",
                table: "Outbox");

            migrationBuilder.DropColumn(
                name: "PasswordRule",
                table: "Sites");

            migrationBuilder.DropColumn(
                name: "ForgetBodyWhenSent",
                table: "Outbox");

            migrationBuilder.DropColumn(
                name: "GaveUpAt",
                table: "Outbox");

            migrationBuilder.DropColumn(
                name: "Rejections",
                table: "Outbox");

            migrationBuilder.DropColumn(
                name: "SiteId",
                table: "Outbox");

            migrationBuilder.AddCheckConstraint(
                name: "CK_Sites_PasswordLengths",
                table: "Sites",
                sql: "\"PasswordMinLength\" >= 8 AND \"PasswordMaxLength\" <= 20 AND \"PasswordMinLength\" <= \"PasswordMaxLength\"");

            migrationBuilder.CreateIndex(
                name: "IX_Outbox_NextAttemptAt",
                table: "Outbox",
                column: "NextAttemptAt",
                filter: "\"SentAt\" IS NULL");
        }
    }
}
