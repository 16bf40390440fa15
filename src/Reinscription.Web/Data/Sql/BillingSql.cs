namespace Reinscription.Web.Data.Sql;

/// <summary>
/// An invoice that has received a payment is never recomputed. The generation's conditional update
/// reads "HasPayments" on the invoice row itself, and this trigger sets it in the transaction that
/// inserts the payment, whatever code inserts it: the payment's update takes the invoice's row lock,
/// so a regeneration running at the same moment waits and then sees the flag.
/// </summary>
public static class BillingSql
{
    public const string PaymentsMarkInvoice = """
        CREATE FUNCTION payments_mark_invoice() RETURNS trigger LANGUAGE plpgsql AS $$
        BEGIN
            UPDATE "Invoices" SET "HasPayments" = TRUE WHERE "Id" = NEW."InvoiceId" AND NOT "HasPayments";
            RETURN NEW;
        END
        $$;
        CREATE TRIGGER "Payments_mark_invoice" AFTER INSERT ON "Payments"
            FOR EACH ROW EXECUTE FUNCTION payments_mark_invoice();
        UPDATE "Invoices" i SET "HasPayments" = TRUE WHERE EXISTS (SELECT 1 FROM "Payments" p WHERE p."InvoiceId" = i."Id");
        """;

    public const string DropPaymentsMarkInvoice = """
        DROP TRIGGER IF EXISTS "Payments_mark_invoice" ON "Payments";
        DROP FUNCTION IF EXISTS payments_mark_invoice();
        """;

    /// <summary>"AdultCollectivePractice" became "CollectivePracticeOnly" (pratique collective seule, at any age).</summary>
    public const string RenameCollectivePractice =
        """UPDATE "TariffAmounts" SET "Category" = 'CollectivePracticeOnly' WHERE "Category" = 'AdultCollectivePractice';""";

    public const string UndoRenameCollectivePractice =
        """UPDATE "TariffAmounts" SET "Category" = 'AdultCollectivePractice' WHERE "Category" = 'CollectivePracticeOnly';""";
}
