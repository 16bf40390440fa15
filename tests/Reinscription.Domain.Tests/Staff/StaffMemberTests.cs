using Reinscription.Domain.Staff;

namespace Reinscription.Domain.Tests.Staff;

public class StaffMemberTests
{
    private const int Meudon = 1;
    private const int Sevres = 2;
    private const int Chaville = 3;

    private static StaffMember NewMember() => new("secretariat@meudon.fr", "Claire Dubois");

    [Fact]
    public void The_email_is_stored_trimmed_and_in_lower_case()
    {
        var member = new StaffMember("  Claire.Dubois@Meudon.FR ", "Claire Dubois");

        Assert.Equal("claire.dubois@meudon.fr", member.Email);
        Assert.Equal("Claire Dubois", member.FullName);
    }

    [Theory]
    [InlineData("", "Claire Dubois")]
    [InlineData("a@b.fr", " ")]
    public void A_member_needs_an_email_and_a_name(string email, string fullName) =>
        Assert.ThrowsAny<ArgumentException>(() => new StaffMember(email, fullName));

    [Fact]
    public void A_new_member_can_access_no_site()
    {
        var member = NewMember();

        Assert.False(member.CanAccess(Meudon));
        Assert.False(member.IsAdminOf(Meudon));
        Assert.Empty(member.SiteRoles);
    }

    [Fact]
    public void A_secretary_accesses_the_site_without_administering_it()
    {
        var member = NewMember();

        member.Grant(Meudon, StaffRole.Secretariat);

        Assert.True(member.CanAccess(Meudon));
        Assert.False(member.IsAdminOf(Meudon));
    }

    [Fact]
    public void An_admin_accesses_and_administers_the_site()
    {
        var member = NewMember();

        member.Grant(Meudon, StaffRole.Admin);

        Assert.True(member.CanAccess(Meudon));
        Assert.True(member.IsAdminOf(Meudon));
    }

    [Fact]
    public void Roles_are_per_site()
    {
        var member = NewMember();

        member.Grant(Meudon, StaffRole.Admin);
        member.Grant(Sevres, StaffRole.Secretariat);

        Assert.True(member.IsAdminOf(Meudon));
        Assert.True(member.CanAccess(Sevres));
        Assert.False(member.IsAdminOf(Sevres));
        Assert.False(member.CanAccess(Chaville));
        Assert.False(member.IsAdminOf(Chaville));
    }

    [Fact]
    public void Granting_again_on_a_site_replaces_the_role()
    {
        var member = NewMember();
        member.Grant(Meudon, StaffRole.Admin);

        member.Grant(Meudon, StaffRole.Secretariat);

        var role = Assert.Single(member.SiteRoles);
        Assert.Equal((Meudon, StaffRole.Secretariat), (role.SiteId, role.Role));
        Assert.False(member.IsAdminOf(Meudon));
        Assert.True(member.CanAccess(Meudon));
    }

    [Fact]
    public void A_disabled_member_is_enabled_again_and_neither_happens_twice()
    {
        var member = NewMember();
        var now = new DateTimeOffset(2026, 3, 2, 9, 0, 0, TimeSpan.Zero);

        member.Disable(now);
        Assert.True(member.IsDisabled);
        Assert.Equal(now, member.DisabledAt);
        Assert.Throws<InvalidOperationException>(() => member.Disable(now));

        member.Enable();
        Assert.False(member.IsDisabled);
        Assert.Throws<InvalidOperationException>(member.Enable);
    }
}
