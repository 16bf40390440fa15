namespace Reinscription.Web.Data.Sql;

/// <summary>Hand-written SQL of the AccountHardening migration.</summary>
public static class AccountHardeningSql
{
    /// <summary>Sites that existed before the recommended rule were set up under the classic one: they keep it.</summary>
    public const string ExistingSitesKeepTheClassicRule =
        """UPDATE "Sites" SET "PasswordRule" = 'Classic' WHERE "PasswordRule" = '';""";
}
