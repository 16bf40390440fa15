using Microsoft.AspNetCore.DataProtection;
using Microsoft.AspNetCore.Identity;
using Microsoft.Extensions.Options;

namespace Reinscription.Web.Accounts;

/// <summary>
/// The link a new staff member gets to choose a password: its own lifetime (seven days by default,
/// <c>Accounts:StaffInvitationLifetime</c>), longer than a family's lost-password hour. Like every
/// Identity token it carries the security stamp, so it works once: choosing the password renews the
/// stamp, and so does disabling the account.
/// </summary>
public sealed class StaffInvitationTokenProvider(
    IDataProtectionProvider dataProtectionProvider,
    IOptions<StaffInvitationTokenProviderOptions> options,
    ILogger<DataProtectorTokenProvider<AppUser>> logger)
    : DataProtectorTokenProvider<AppUser>(dataProtectionProvider, options, logger)
{
    public const string ProviderName = "StaffInvitation";

    /// <summary>The token's purpose: a token made for anything else does not verify.</summary>
    public const string Purpose = "ChoisirMotDePasse";
}

public sealed class StaffInvitationTokenProviderOptions : DataProtectionTokenProviderOptions
{
    public StaffInvitationTokenProviderOptions()
    {
        Name = StaffInvitationTokenProvider.ProviderName;
        TokenLifespan = TimeSpan.FromDays(7);
    }
}
