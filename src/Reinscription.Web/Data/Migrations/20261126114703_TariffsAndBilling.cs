using System;
using Microsoft.EntityFrameworkCore.Migrations;
using Reinscription.Web.Data.Sql;

#nullable disable

namespace Reinscription.Web.Data.Migrations
{
    /// <inheritdoc />
    public partial class TariffsAndBilling : Migration
    {
        /// <inheritdoc />
        protected override void Up(MigrationBuilder migrationBuilder)
        {
            migrationBuilder.DropIndex(
                name: "IX_Invoices_FamilyId_Kind",
                table: "Invoices");

            migrationBuilder.AddColumn<decimal>(
                name: "FurtherChildReductionPercent",
                table: "TariffGrids",
                type: "numeric(5,2)",
                precision: 5,
                scale: 2,
                nullable: false,
                defaultValue: 0m);

            migrationBuilder.AddColumn<decimal>(
                name: "RentalNonResidentAmount",
                table: "TariffGrids",
                type: "numeric(10,2)",
                precision: 10,
                scale: 2,
                nullable: false,
                defaultValue: 0m);

            migrationBuilder.AddColumn<decimal>(
                name: "RentalResidentAmount",
                table: "TariffGrids",
                type: "numeric(10,2)",
                precision: 10,
                scale: 2,
                nullable: false,
                defaultValue: 0m);

            migrationBuilder.AddColumn<decimal>(
                name: "SecondChildReductionPercent",
                table: "TariffGrids",
                type: "numeric(5,2)",
                precision: 5,
                scale: 2,
                nullable: false,
                defaultValue: 0m);

            migrationBuilder.AddColumn<int>(
                name: "QuotientFamilial",
                table: "SubmittedDocuments",
                type: "integer",
                nullable: true);

            migrationBuilder.AddColumn<decimal>(
                name: "ReferenceTaxIncome",
                table: "SubmittedDocuments",
                type: "numeric(12,2)",
                precision: 12,
                scale: 2,
                nullable: true);

            migrationBuilder.AddColumn<decimal>(
                name: "TaxShares",
                table: "SubmittedDocuments",
                type: "numeric(5,2)",
                precision: 5,
                scale: 2,
                nullable: true);

            migrationBuilder.AddColumn<string>(
                name: "CreditorIban",
                table: "Sites",
                type: "character varying(34)",
                maxLength: 34,
                nullable: false,
                defaultValue: "");

            migrationBuilder.AddColumn<string>(
                name: "CreditorIdentifier",
                table: "Sites",
                type: "character varying(35)",
                maxLength: 35,
                nullable: false,
                defaultValue: "");

            migrationBuilder.AddColumn<string>(
                name: "InstrumentRental",
                table: "ReenrollmentRequests",
                type: "character varying(100)",
                maxLength: 100,
                nullable: true);

            migrationBuilder.AddColumn<bool>(
                name: "ByDirectDebit",
                table: "Invoices",
                type: "boolean",
                nullable: false,
                defaultValue: false);

            migrationBuilder.AddColumn<string>(
                name: "Fingerprint",
                table: "Invoices",
                type: "character varying(64)",
                maxLength: 64,
                nullable: true);

            migrationBuilder.AddColumn<bool>(
                name: "HasPayments",
                table: "Invoices",
                type: "boolean",
                nullable: false,
                defaultValue: false);

            migrationBuilder.AddColumn<string>(
                name: "SepaMandate_AccountHolder",
                table: "Families",
                type: "character varying(70)",
                maxLength: 70,
                nullable: true);

            migrationBuilder.AddColumn<string>(
                name: "SepaMandate_Iban",
                table: "Families",
                type: "character varying(34)",
                maxLength: 34,
                nullable: true);

            migrationBuilder.AddColumn<string>(
                name: "SepaMandate_Reference",
                table: "Families",
                type: "character varying(35)",
                maxLength: 35,
                nullable: true);

            migrationBuilder.AddColumn<DateOnly>(
                name: "SepaMandate_SignedOn",
                table: "Families",
                type: "date",
                nullable: true);

            migrationBuilder.AddColumn<bool>(
                name: "AsksPaymentTerms",
                table: "Campaigns",
                type: "boolean",
                nullable: false,
                defaultValue: false);

            migrationBuilder.AddCheckConstraint(
                name: "CK_TariffGrids_Reductions",
                table: "TariffGrids",
                sql: "\"SecondChildReductionPercent\" BETWEEN 0 AND 100 AND \"FurtherChildReductionPercent\" BETWEEN 0 AND 100");

            migrationBuilder.AddCheckConstraint(
                name: "CK_TariffGrids_Rental",
                table: "TariffGrids",
                sql: "\"RentalResidentAmount\" >= 0 AND \"RentalNonResidentAmount\" >= 0");

            migrationBuilder.AddCheckConstraint(
                name: "CK_SubmittedDocuments_Income",
                table: "SubmittedDocuments",
                sql: "(\"QuotientFamilial\" IS NULL OR \"QuotientFamilial\" >= 0) AND (\"TaxShares\" IS NULL) = (\"ReferenceTaxIncome\" IS NULL) AND (\"TaxShares\" IS NULL OR \"TaxShares\" > 0) AND (\"ReferenceTaxIncome\" IS NULL OR \"ReferenceTaxIncome\" >= 0)");

            migrationBuilder.CreateIndex(
                name: "IX_Invoices_FamilyId_SchoolYearId_Kind",
                table: "Invoices",
                columns: new[] { "FamilyId", "SchoolYearId", "Kind" },
                unique: true);

            migrationBuilder.Sql(BillingSql.PaymentsMarkInvoice);
            migrationBuilder.Sql(BillingSql.RenameCollectivePractice);
        }

        /// <inheritdoc />
        protected override void Down(MigrationBuilder migrationBuilder)
        {
            migrationBuilder.Sql(BillingSql.DropPaymentsMarkInvoice);
            migrationBuilder.Sql(BillingSql.UndoRenameCollectivePractice);

            migrationBuilder.DropCheckConstraint(
                name: "CK_TariffGrids_Reductions",
                table: "TariffGrids");

            migrationBuilder.DropCheckConstraint(
                name: "CK_TariffGrids_Rental",
                table: "TariffGrids");

            migrationBuilder.DropCheckConstraint(
                name: "CK_SubmittedDocuments_Income",
                table: "SubmittedDocuments");

            migrationBuilder.DropIndex(
                name: "IX_Invoices_FamilyId_SchoolYearId_Kind",
                table: "Invoices");

            migrationBuilder.DropColumn(
                name: "FurtherChildReductionPercent",
                table: "TariffGrids");

            migrationBuilder.DropColumn(
                name: "RentalNonResidentAmount",
                table: "TariffGrids");

            migrationBuilder.DropColumn(
                name: "RentalResidentAmount",
                table: "TariffGrids");

            migrationBuilder.DropColumn(
                name: "SecondChildReductionPercent",
                table: "TariffGrids");

            migrationBuilder.DropColumn(
                name: "QuotientFamilial",
                table: "SubmittedDocuments");

            migrationBuilder.DropColumn(
                name: "ReferenceTaxIncome",
                table: "SubmittedDocuments");

            migrationBuilder.DropColumn(
                name: "TaxShares",
                table: "SubmittedDocuments");

            migrationBuilder.DropColumn(
                name: "CreditorIban",
                table: "Sites");

            migrationBuilder.DropColumn(
                name: "CreditorIdentifier",
                table: "Sites");

            migrationBuilder.DropColumn(
                name: "InstrumentRental",
                table: "ReenrollmentRequests");

            migrationBuilder.DropColumn(
                name: "ByDirectDebit",
                table: "Invoices");

            migrationBuilder.DropColumn(
                name: "Fingerprint",
                table: "Invoices");

            migrationBuilder.DropColumn(
                name: "HasPayments",
                table: "Invoices");

            migrationBuilder.DropColumn(
                name: "SepaMandate_AccountHolder",
                table: "Families");

            migrationBuilder.DropColumn(
                name: "SepaMandate_Iban",
                table: "Families");

            migrationBuilder.DropColumn(
                name: "SepaMandate_Reference",
                table: "Families");

            migrationBuilder.DropColumn(
                name: "SepaMandate_SignedOn",
                table: "Families");

            migrationBuilder.DropColumn(
                name: "AsksPaymentTerms",
                table: "Campaigns");

            migrationBuilder.CreateIndex(
                name: "IX_Invoices_FamilyId_Kind",
                table: "Invoices",
                columns: new[] { "FamilyId", "Kind" });
        }
    }
}
