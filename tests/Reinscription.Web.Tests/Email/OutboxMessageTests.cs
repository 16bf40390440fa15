using Reinscription.Web.Email;

namespace Reinscription.Web.Tests.Email;

public class OutboxMessageTests
{
    private static readonly DateTimeOffset Now = new(2026, 11, 26, 9, 0, 0, TimeSpan.Zero);

    [Fact]
    public void A_mail_the_server_keeps_refusing_is_given_up_after_five_refusals()
    {
        var message = new OutboxMessage("famille@example.org", "Objet", "<p>Corps</p>", "Corps", Now, siteId: 3);

        for (var refusal = 1; refusal < OutboxMessage.MaxRejections; refusal++)
        {
            message.MarkRejected("550 mailbox unavailable", Now);
            Assert.Null(message.GaveUpAt);
        }

        message.MarkRejected("550 mailbox unavailable", Now);

        Assert.Equal(Now, message.GaveUpAt);
        Assert.Equal(5, message.Attempts);
        Assert.Equal("550 mailbox unavailable", message.LastError);
    }

    [Fact]
    public void An_outage_delays_a_mail_but_never_gives_it_up()
    {
        var message = new OutboxMessage("famille@example.org", "Objet", "<p>Corps</p>", "Corps", Now);

        for (var attempt = 0; attempt < 50; attempt++)
        {
            message.MarkFailed("Connection refused", Now);
        }

        Assert.Null(message.GaveUpAt);
        Assert.Equal(Now.AddHours(1), message.NextAttemptAt);
    }

    [Fact]
    public void A_mail_with_a_secret_link_forgets_its_body_once_sent_and_others_keep_theirs()
    {
        var reset = new OutboxMessage("famille@example.org", "Choisir votre mot de passe", "<a href=\"https://x/jeton\">lien</a>", "https://x/jeton", Now);
        reset.KeepBodyOnlyUntilSent();
        var notice = new OutboxMessage("famille@example.org", "Avis", "<p>Avis</p>", "Avis", Now);

        reset.MarkSent(Now);
        notice.MarkSent(Now);

        Assert.Equal("", reset.TextBody + reset.HtmlBody);
        Assert.Equal("Avis", notice.TextBody);
    }
}
