namespace Reinscription.Web.Data.Sql;

/// <summary>
/// The audit log is append-only, and the database says so: a row trigger refuses UPDATE and DELETE
/// whatever the code or the account. (TRUNCATE, which test resets use, is a table owner's act and
/// fires no row trigger.)
/// </summary>
public static class AuditLogSql
{
    public const string AppendOnly = """
        CREATE FUNCTION audit_log_append_only() RETURNS trigger LANGUAGE plpgsql AS $$
        BEGIN
            RAISE EXCEPTION 'Le journal d''audit ne se modifie pas et ne s''efface pas.'
                USING ERRCODE = 'insufficient_privilege';
        END
        $$;
        CREATE TRIGGER "AuditLog_append_only" BEFORE UPDATE OR DELETE ON "AuditLog"
            FOR EACH ROW EXECUTE FUNCTION audit_log_append_only();
        """;

    public const string DropAppendOnly = """
        DROP TRIGGER IF EXISTS "AuditLog_append_only" ON "AuditLog";
        DROP FUNCTION IF EXISTS audit_log_append_only();
        """;
}
