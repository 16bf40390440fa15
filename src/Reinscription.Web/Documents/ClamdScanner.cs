using System.Buffers.Binary;
using System.Net;
using System.Net.Sockets;
using System.Text;
using Microsoft.Extensions.Options;

namespace Reinscription.Web.Documents;

public enum ScanVerdict
{
    /// <summary>Scanning is off (<c>Antivirus:Clamd</c> is not set).</summary>
    Unscanned,
    Clean,
    Infected,

    /// <summary>clamd did not answer, or not with a verdict: the file is refused, never kept unscanned.</summary>
    Unavailable,
}

/// <summary>
/// Sends a file to ClamAV's daemon with its INSTREAM command (null-terminated form): the command, the
/// file as length-prefixed chunks, an empty chunk, then one reply line, "stream: OK" or
/// "stream: NAME FOUND". No client library is needed for that.
/// </summary>
public sealed partial class ClamdScanner(IOptions<AntivirusOptions> options, ILogger<ClamdScanner> logger)
{
    private readonly EndPoint? _endpoint = options.Value.Endpoint();

    public bool IsOn => _endpoint is not null;

    public async Task<ScanVerdict> ScanAsync(byte[] content, CancellationToken cancellationToken)
    {
        ArgumentNullException.ThrowIfNull(content);
        if (_endpoint is null)
        {
            return ScanVerdict.Unscanned;
        }

        string reply;
        try
        {
            reply = await AskAsync("zINSTREAM\0"u8.ToArray(), content, cancellationToken);
        }
        catch (Exception exception) when (exception is SocketException or IOException or OperationCanceledException
            && !cancellationToken.IsCancellationRequested)
        {
            LogUnreachable(exception, options.Value.Clamd);
            return ScanVerdict.Unavailable;
        }

        if (reply.EndsWith(" FOUND", StringComparison.Ordinal))
        {
            LogInfected(reply["stream: ".Length..^" FOUND".Length]);
            return ScanVerdict.Infected;
        }

        if (reply == "stream: OK")
        {
            return ScanVerdict.Clean;
        }

        // "INSTREAM size limit exceeded. ERROR" and the like: clamd's StreamMaxLength is below the upload limit.
        LogNoVerdict(options.Value.Clamd, reply);
        return ScanVerdict.Unavailable;
    }

    public async Task<bool> PingAsync(CancellationToken cancellationToken)
    {
        if (_endpoint is null)
        {
            return false;
        }

        try
        {
            return await AskAsync("zPING\0"u8.ToArray(), null, cancellationToken) == "PONG";
        }
        catch (Exception exception) when (exception is SocketException or IOException or OperationCanceledException
            && !cancellationToken.IsCancellationRequested)
        {
            return false;
        }
    }

    private async Task<string> AskAsync(byte[] command, byte[]? stream, CancellationToken cancellationToken)
    {
        using var timeout = CancellationTokenSource.CreateLinkedTokenSource(cancellationToken);
        timeout.CancelAfter(options.Value.Timeout);
        using var socket = _endpoint is UnixDomainSocketEndPoint
            ? new Socket(AddressFamily.Unix, SocketType.Stream, ProtocolType.Unspecified)
            : new Socket(SocketType.Stream, ProtocolType.Tcp);
        await socket.ConnectAsync(_endpoint!, timeout.Token);
        await using var connection = new NetworkStream(socket);
        await connection.WriteAsync(command, timeout.Token);
        if (stream is not null)
        {
            // One chunk holds the whole file; the empty chunk after it ends the stream.
            var length = new byte[4];
            BinaryPrimitives.WriteUInt32BigEndian(length, (uint)stream.Length);
            await connection.WriteAsync(length, timeout.Token);
            await connection.WriteAsync(stream, timeout.Token);
            await connection.WriteAsync(new byte[4], timeout.Token);
        }

        var reply = new List<byte>();
        var buffer = new byte[256];
        while (reply.Count < 4096)
        {
            var read = await connection.ReadAsync(buffer, timeout.Token);
            if (read == 0)
            {
                break;
            }

            var end = Array.IndexOf(buffer, (byte)0, 0, read);
            reply.AddRange(buffer.AsSpan(0, end < 0 ? read : end));
            if (end >= 0)
            {
                break;
            }
        }

        return Encoding.ASCII.GetString([.. reply]).Trim();
    }

    [LoggerMessage(Level = LogLevel.Error, Message = "clamd at {Clamd} did not scan an upload, which is refused")]
    private partial void LogUnreachable(Exception exception, string? clamd);

    [LoggerMessage(Level = LogLevel.Warning, Message = "clamd found {Signature} in an upload, which is refused")]
    private partial void LogInfected(string signature);

    [LoggerMessage(Level = LogLevel.Error, Message = "clamd at {Clamd} answered {Reply} instead of a verdict; the upload is refused")]
    private partial void LogNoVerdict(string? clamd, string reply);
}
