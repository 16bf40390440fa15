using System.Net;
using System.Net.Sockets;

namespace Reinscription.Web.Tests.Infrastructure;

/// <summary>
/// A TCP relay between the app and PostgreSQL that a test can cut and restore: what a PostgreSQL restart
/// looks like from the app (connections reset, then refused, then accepted again), without touching the
/// cluster that every other test shares.
/// </summary>
public sealed class PostgresOutage : IAsyncDisposable
{
    private readonly IPEndPoint server;
    private readonly List<Socket> open = [];
    private TcpListener? listener;
    private CancellationTokenSource running = new();

    private PostgresOutage(IPEndPoint server, int port)
    {
        this.server = server;
        Port = port;
    }

    public int Port { get; }

    public static PostgresOutage Start(string host, int port)
    {
        var probe = new TcpListener(IPAddress.Loopback, 0);
        probe.Start();
        var relayPort = ((IPEndPoint)probe.LocalEndpoint).Port;
        probe.Stop();
        var outage = new PostgresOutage(new IPEndPoint(Dns.GetHostAddresses(host)[0], port), relayPort);
        outage.Restore();
        return outage;
    }

    /// <summary>Every connection reset and new ones refused, as while the server is down.</summary>
    public void Cut()
    {
        running.Cancel();
        listener?.Stop();
        lock (open)
        {
            foreach (var socket in open)
            {
                socket.Close(0);
            }

            open.Clear();
        }
    }

    /// <summary>Connections accepted and relayed again, as once the server is back.</summary>
    public void Restore()
    {
        running = new CancellationTokenSource();
        var token = running.Token;
        listener = new TcpListener(IPAddress.Loopback, Port);
        listener.Server.SetSocketOption(SocketOptionLevel.Socket, SocketOptionName.ReuseAddress, true);
        listener.Start();
        var accepting = listener;
        _ = Task.Run(async () =>
        {
            while (!token.IsCancellationRequested)
            {
                Socket client;
                try
                {
                    client = await accepting.AcceptSocketAsync(token);
                }
                catch (Exception exception) when (exception is OperationCanceledException or SocketException or ObjectDisposedException)
                {
                    return;
                }

                var upstream = new Socket(SocketType.Stream, ProtocolType.Tcp);
                await upstream.ConnectAsync(server, token);
                lock (open)
                {
                    open.Add(client);
                    open.Add(upstream);
                }

                _ = PumpAsync(client, upstream);
                _ = PumpAsync(upstream, client);
            }
        }, token);
    }

    private static async Task PumpAsync(Socket from, Socket to)
    {
        var buffer = new byte[16 * 1024];
        try
        {
            int read;
            while ((read = await from.ReceiveAsync(buffer, SocketFlags.None)) > 0)
            {
                await to.SendAsync(buffer.AsMemory(0, read), SocketFlags.None);
            }
        }
        catch (Exception exception) when (exception is SocketException or ObjectDisposedException)
        {
            // Cut.
        }

        to.Close(0);
    }

    public ValueTask DisposeAsync()
    {
        Cut();
        running.Dispose();
        return ValueTask.CompletedTask;
    }
}
