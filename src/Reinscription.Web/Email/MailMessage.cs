using System.Globalization;
using System.Net;
using System.Text;
using Reinscription.Domain.Sites;

namespace Reinscription.Web.Email;

/// <summary>
/// A French e-mail to a family or staff member, signed with the site's name and contact, in HTML
/// and plain text. Paragraphs are plain text; links are given separately so both forms carry them.
/// </summary>
public sealed record MailMessage(
    string To,
    string Subject,
    string Greeting,
    IReadOnlyList<string> Paragraphs,
    Site Site,
    MailLink? Link = null)
{
    public OutboxMessage ToOutbox(DateTimeOffset now) => new(To, Subject, Html(), Text(), now, Site.Id);

    private string Text()
    {
        var text = new StringBuilder();
        text.AppendLine(Greeting).AppendLine();
        foreach (var paragraph in Paragraphs)
        {
            text.AppendLine(paragraph).AppendLine();
        }

        if (Link is not null)
        {
            text.AppendLine(CultureInfo.InvariantCulture, $"{Link.Label} : {Link.Url}").AppendLine();
        }

        text.AppendLine(Site.ConservatoryName)
            .AppendLine(CultureInfo.InvariantCulture, $"{Site.Address} - {Site.PostalCode} {Site.Town}")
            .AppendLine(CultureInfo.InvariantCulture, $"Tél. {Site.Phone} - {Site.Email}");
        return text.ToString();
    }

    private string Html()
    {
        static string E(string value) => WebUtility.HtmlEncode(value);
        var html = new StringBuilder();
        html.Append("<!DOCTYPE html><html lang=\"fr\"><body style=\"font-family:Arial,sans-serif;color:#1b1b1b\">");
        html.Append("<p>").Append(E(Greeting)).Append("</p>");
        foreach (var paragraph in Paragraphs)
        {
            html.Append("<p>").Append(E(paragraph)).Append("</p>");
        }

        if (Link is not null)
        {
            html.Append("<p><a href=\"").Append(E(Link.Url)).Append("\">").Append(E(Link.Label)).Append("</a></p>");
        }

        html.Append("<hr><p style=\"font-size:small\">").Append(E(Site.ConservatoryName)).Append("<br>")
            .Append(E($"{Site.Address} - {Site.PostalCode} {Site.Town}")).Append("<br>")
            .Append(E($"Tél. {Site.Phone} - {Site.Email}")).Append("</p></body></html>");
        return html.ToString();
    }
}

public sealed record MailLink(string Label, string Url);
