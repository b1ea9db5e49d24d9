using System.Net;
using Microsoft.AspNetCore.Builder;
using Microsoft.AspNetCore.Hosting;
using Microsoft.AspNetCore.Http;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.Hosting;

namespace SoLienLac.Bot.Tests.Fakes.Telegram;

/// <summary>
/// Kestrel on 127.0.0.1 at a free port, every request to one handler: what the fake Bot API and
/// the fake Zalo API listen with. Built, not started, until <see cref="StartAsync"/>.
/// </summary>
internal sealed class LoopbackServer(RequestDelegate handle) : IAsyncDisposable
{
    private readonly WebApplication _app = Build(handle);

    /// <summary>Where it listens once started, e.g. <c>http://127.0.0.1:54321</c>.</summary>
    public string BaseUrl { get; private set; } = "";

    public async Task StartAsync()
    {
        await _app.StartAsync();
        BaseUrl = _app.Urls.Single();
    }

    /// <summary>Stops (giving requests in flight five seconds) and lets the port go.</summary>
    public async ValueTask DisposeAsync()
    {
        using (var patience = new CancellationTokenSource(TimeSpan.FromSeconds(5)))
            await _app.StopAsync(patience.Token);
        await _app.DisposeAsync();
    }

    private static WebApplication Build(RequestDelegate handle)
    {
        // The empty builder reads no appsettings.json and no ASPNETCORE_ variables, so nothing moves the port.
        var builder = WebApplication.CreateEmptyBuilder(new WebApplicationOptions());
        builder.WebHost.UseKestrelCore().ConfigureKestrel(kestrel => kestrel.Listen(IPAddress.Loopback, 0));
        builder.Services.Configure<HostOptions>(host => host.ShutdownTimeout = TimeSpan.FromSeconds(2));
        var app = builder.Build();
        app.Run(handle);
        return app;
    }
}
