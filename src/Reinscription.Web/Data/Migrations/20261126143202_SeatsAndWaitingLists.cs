using System;
using Microsoft.EntityFrameworkCore.Migrations;
using Npgsql.EntityFrameworkCore.PostgreSQL.Metadata;
using Reinscription.Web.Data.Sql;

#nullable disable

namespace Reinscription.Web.Data.Migrations
{
    /// <inheritdoc />
    public partial class SeatsAndWaitingLists : Migration
    {
        /// <inheritdoc />
        protected override void Up(MigrationBuilder migrationBuilder)
        {
            migrationBuilder.DropCheckConstraint(
                name: "CK_Courses_SeatsTaken",
                table: "Courses");

            migrationBuilder.CreateSequence(
                name: "WaitlistPositions");

            migrationBuilder.AddColumn<int>(
                name: "OfferLifetimeHours",
                table: "Sites",
                type: "integer",
                nullable: false,
                defaultValue: 48);

            migrationBuilder.AddColumn<int>(
                name: "SeatsOffered",
                table: "Courses",
                type: "integer",
                nullable: false,
                defaultValue: 0);

            migrationBuilder.AlterColumn<int>(
                name: "CurrentEnrollmentId",
                table: "CourseChoices",
                type: "integer",
                nullable: true,
                oldClrType: typeof(int),
                oldType: "integer");

            migrationBuilder.AddColumn<int>(
                name: "WaitlistCourseId",
                table: "CourseChoices",
                type: "integer",
                nullable: true);

            migrationBuilder.CreateTable(
                name: "WaitlistEntries",
                columns: table => new
                {
                    Id = table.Column<int>(type: "integer", nullable: false)
                        .Annotation("Npgsql:ValueGenerationStrategy", NpgsqlValueGenerationStrategy.IdentityByDefaultColumn),
                    CourseId = table.Column<int>(type: "integer", nullable: false),
                    RequestId = table.Column<int>(type: "integer", nullable: false),
                    ChoiceId = table.Column<int>(type: "integer", nullable: false),
                    Position = table.Column<long>(type: "bigint", nullable: false, defaultValueSql: "nextval('\"WaitlistPositions\"')"),
                    JoinedAt = table.Column<DateTimeOffset>(type: "timestamp with time zone", nullable: false),
                    Status = table.Column<string>(type: "character varying(64)", maxLength: 64, nullable: false),
                    OfferedAt = table.Column<DateTimeOffset>(type: "timestamp with time zone", nullable: true),
                    OfferExpiresAt = table.Column<DateTimeOffset>(type: "timestamp with time zone", nullable: true),
                    AnsweredAt = table.Column<DateTimeOffset>(type: "timestamp with time zone", nullable: true)
                },
                constraints: table =>
                {
                    table.PrimaryKey("PK_WaitlistEntries", x => x.Id);
                    table.CheckConstraint("CK_WaitlistEntries_Offer", "(\"Status\" = 'Waiting') = (\"OfferedAt\" IS NULL) OR \"Status\" = 'Withdrawn'");
                    table.ForeignKey(
                        name: "FK_WaitlistEntries_CourseChoices_ChoiceId",
                        column: x => x.ChoiceId,
                        principalTable: "CourseChoices",
                        principalColumn: "Id");
                    table.ForeignKey(
                        name: "FK_WaitlistEntries_Courses_CourseId",
                        column: x => x.CourseId,
                        principalTable: "Courses",
                        principalColumn: "Id",
                        onDelete: ReferentialAction.Restrict);
                    table.ForeignKey(
                        name: "FK_WaitlistEntries_ReenrollmentRequests_RequestId",
                        column: x => x.RequestId,
                        principalTable: "ReenrollmentRequests",
                        principalColumn: "Id",
                        onDelete: ReferentialAction.Cascade);
                });

            migrationBuilder.Sql(WaitlistSql.UniquePosition);

            migrationBuilder.AddCheckConstraint(
                name: "CK_Sites_OfferLifetimeHours",
                table: "Sites",
                sql: "\"OfferLifetimeHours\" BETWEEN 1 AND 336");

            migrationBuilder.AddCheckConstraint(
                name: "CK_Courses_SeatsTaken",
                table: "Courses",
                sql: "\"SeatsTaken\" >= 0 AND \"SeatsOffered\" >= 0 AND \"SeatsTaken\" + \"SeatsOffered\" <= \"Capacity\"");

            migrationBuilder.CreateIndex(
                name: "IX_CourseChoices_WaitlistCourseId",
                table: "CourseChoices",
                column: "WaitlistCourseId");

            migrationBuilder.CreateIndex(
                name: "IX_WaitlistEntries_ChoiceId",
                table: "WaitlistEntries",
                column: "ChoiceId");

            migrationBuilder.CreateIndex(
                name: "IX_WaitlistEntries_CourseId",
                table: "WaitlistEntries",
                column: "CourseId");

            migrationBuilder.CreateIndex(
                name: "IX_WaitlistEntries_OfferExpiresAt",
                table: "WaitlistEntries",
                column: "OfferExpiresAt",
                filter: "\"Status\" = 'Offered'");

            migrationBuilder.CreateIndex(
                name: "IX_WaitlistEntries_RequestId_CourseId",
                table: "WaitlistEntries",
                columns: new[] { "RequestId", "CourseId" },
                unique: true);

            migrationBuilder.AddForeignKey(
                name: "FK_CourseChoices_Courses_WaitlistCourseId",
                table: "CourseChoices",
                column: "WaitlistCourseId",
                principalTable: "Courses",
                principalColumn: "Id",
                onDelete: ReferentialAction.Restrict);
        }

        /// <inheritdoc />
        protected override void Down(MigrationBuilder migrationBuilder)
        {
            migrationBuilder.DropForeignKey(
                name: "FK_CourseChoices_Courses_WaitlistCourseId",
                table: "CourseChoices");

            migrationBuilder.Sql(WaitlistSql.DropUniquePosition);

            migrationBuilder.DropTable(
                name: "WaitlistEntries");

            migrationBuilder.DropCheckConstraint(
                name: "CK_Sites_OfferLifetimeHours",
                table: "Sites");

            migrationBuilder.DropCheckConstraint(
                name: "CK_Courses_SeatsTaken",
                table: "Courses");

            migrationBuilder.DropIndex(
                name: "IX_CourseChoices_WaitlistCourseId",
                table: "CourseChoices");

            migrationBuilder.DropColumn(
                name: "OfferLifetimeHours",
                table: "Sites");

            migrationBuilder.DropColumn(
                name: "SeatsOffered",
                table: "Courses");

            migrationBuilder.DropColumn(
                name: "WaitlistCourseId",
                table: "CourseChoices");

            migrationBuilder.DropSequence(
                name: "WaitlistPositions");

            migrationBuilder.AlterColumn<int>(
                name: "CurrentEnrollmentId",
                table: "CourseChoices",
                type: "integer",
                nullable: false,
                defaultValue: 0,
                oldClrType: typeof(int),
                oldType: "integer",
                oldNullable: true);

            migrationBuilder.AddCheckConstraint(
                name: "CK_Courses_SeatsTaken",
                table: "Courses",
                sql: "\"SeatsTaken\" >= 0 AND \"SeatsTaken\" <= \"Capacity\"");
        }
    }
}
