using MailKit.Net.Smtp;
using MailKit.Security;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.Options;
using MimeKit;
using Reinscription.Web.Data;

namespace Reinscription.Web.Email;

/// <summary>
/// Sends the outbox with MailKit. Rows are taken with FOR UPDATE SKIP LOCKED, so several app
/// instances can run this at once without sending a mail twice; a failure leaves the row for a
/// later attempt with back-off.
/// </summary>
public sealed partial class OutboxSender(
    IServiceScopeFactory scopes,
    IOptions<SmtpOptions> options,
    TimeProvider clock,
    ILogger<OutboxSender> logger) : BackgroundService
{
    private const int BatchSize = 20;

    protected override async Task ExecuteAsync(CancellationToken stoppingToken)
    {
        var interval = TimeSpan.FromMilliseconds(Math.Max(100, options.Value.PollMilliseconds));
        while (!stoppingToken.IsCancellationRequested)
        {
            try
            {
                while (await SendDueBatchAsync(stoppingToken) == BatchSize)
                {
                    // A full batch: more may be waiting.
                }
            }
            catch (Exception exception) when (exception is not OperationCanceledException)
            {
                LogBatchFailed(logger, exception);
            }

            try
            {
                await Task.Delay(interval, clock, stoppingToken);
            }
            catch (OperationCanceledException)
            {
                return;
            }
        }
    }

    /// <summary>Sends what is due; returns how many rows it took.</summary>
    public async Task<int> SendDueBatchAsync(CancellationToken cancellationToken)
    {
        await using var scope = scopes.CreateAsyncScope();
        var db = scope.ServiceProvider.GetRequiredService<ReinscriptionDbContext>();
        await using var transaction = await db.Database.BeginTransactionAsync(cancellationToken);
        var now = clock.GetUtcNow();
        var due = await db.Outbox
            .FromSql($"""
                SELECT * FROM "Outbox"
                WHERE "SentAt" IS NULL AND "GaveUpAt" IS NULL AND "NextAttemptAt" <= {now}
                ORDER BY "NextAttemptAt"
                LIMIT {BatchSize}
                FOR UPDATE SKIP LOCKED
                """)
            .ToListAsync(cancellationToken);
        if (due.Count == 0)
        {
            return 0;
        }

        using var smtp = new SmtpClient();
        Exception? connectionError = null;
        try
        {
            await ConnectAsync(smtp, cancellationToken);
        }
        catch (Exception exception) when (exception is not OperationCanceledException)
        {
            connectionError = exception;
        }

        foreach (var message in due)
        {
            if (connectionError is not null)
            {
                message.MarkFailed(connectionError.Message, clock.GetUtcNow());
                continue;
            }

            try
            {
                await smtp.SendAsync(ToMime(message), cancellationToken);
                message.MarkSent(clock.GetUtcNow());
            }
            catch (Exception exception) when (exception is not OperationCanceledException)
            {
                LogSendFailed(logger, message.Id, exception);
                message.MarkRejected(exception.Message, clock.GetUtcNow());
            }
        }

        if (connectionError is not null)
        {
            LogSmtpUnavailable(logger, due.Count, connectionError);
        }
        else
        {
            await smtp.DisconnectAsync(quit: true, cancellationToken);
        }

        await db.SaveChangesAsync(cancellationToken);
        await transaction.CommitAsync(cancellationToken);
        return due.Count;
    }

    private async Task ConnectAsync(SmtpClient smtp, CancellationToken cancellationToken)
    {
        var settings = options.Value;
        smtp.Timeout = 15_000;

        // With TLS on, MailKit checks the server certificate; it is never switched off.
        var security = settings.UseTls ? SecureSocketOptions.Auto : SecureSocketOptions.None;
        await smtp.ConnectAsync(settings.Host, settings.Port, security, cancellationToken);
        if (!string.IsNullOrEmpty(settings.User))
        {
            await smtp.AuthenticateAsync(settings.User, settings.Password ?? "", cancellationToken);
        }
    }

    private MimeMessage ToMime(OutboxMessage message)
    {
        var mime = new MimeMessage();
        mime.From.Add(MailboxAddress.Parse(options.Value.From));
        mime.To.Add(MailboxAddress.Parse(message.To));
        mime.Subject = message.Subject;
        mime.Body = new BodyBuilder { HtmlBody = message.HtmlBody, TextBody = message.TextBody }.ToMessageBody();
        return mime;
    }

    [LoggerMessage(Level = LogLevel.Error, Message = "Outbox batch failed")]
    private static partial void LogBatchFailed(ILogger logger, Exception exception);

    [LoggerMessage(Level = LogLevel.Warning, Message = "Mail {MessageId} could not be sent; it will be retried")]
    private static partial void LogSendFailed(ILogger logger, long messageId, Exception exception);

    [LoggerMessage(Level = LogLevel.Warning, Message = "SMTP server unavailable; {Count} mails will be retried")]
    private static partial void LogSmtpUnavailable(ILogger logger, int count, Exception exception);
}
