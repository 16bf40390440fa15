using Microsoft.EntityFrameworkCore.Migrations;

#nullable disable

namespace Reinscription.Web.Data.Migrations
{
    /// <inheritdoc />
    public partial class AccessibilityPreferences : Migration
    {
        /// <inheritdoc />
        protected override void Up(MigrationBuilder migrationBuilder)
        {
            migrationBuilder.AddColumn<bool>(
                name: "PrefersHighContrast",
                table: "AspNetUsers",
                type: "boolean",
                nullable: false,
                defaultValue: false);

            migrationBuilder.AddColumn<bool>(
                name: "PrefersLargerText",
                table: "AspNetUsers",
                type: "boolean",
                nullable: false,
                defaultValue: false);
        }

        /// <inheritdoc />
        protected override void Down(MigrationBuilder migrationBuilder)
        {
            migrationBuilder.DropColumn(
                name: "PrefersHighContrast",
                table: "AspNetUsers");

            migrationBuilder.DropColumn(
                name: "PrefersLargerText",
                table: "AspNetUsers");
        }
    }
}
