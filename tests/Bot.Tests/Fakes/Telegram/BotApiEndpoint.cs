using System.Text.Json;
using Microsoft.AspNetCore.Http;

namespace SoLienLac.Bot.Tests.Fakes.Telegram;

/// <summary>
/// The HTTP face of the fake: <c>/bot{token}/{method}</c> for calls (any verb, query, JSON or form)
/// and <c>/file/bot{token}/{file_path}</c> for downloads, answered in the Bot API envelope.
/// </summary>
internal sealed class BotApiEndpoint(string token, MethodTable methods, FileMethods files, FaultPlan faults, Journal<ApiCall> calls,
    ActivityMonitor activity, CancellationToken stopping)
{
    public Task Handle(HttpContext http)
    {
        var path = http.Request.Path.Value ?? "";
        if (TrySplit(path, "/file/bot", out var fileToken, out var filePath)) return Download(http, fileToken, filePath);
        if (TrySplit(path, "/bot", out var methodToken, out var method) && !method.Contains('/')) return Call(http, methodToken, method);
        return Write(http.Response, BotApiResult.NotFound, http.RequestAborted);
    }

    private async Task Call(HttpContext http, string requestToken, string method)
    {
        // A long poll that only waits is not the bot being busy: WaitUntilIdle must not wait for it.
        var polling = method.Equals("getUpdates", StringComparison.OrdinalIgnoreCase);
        if (!polling) activity.Begin();
        try
        {
            var request = await BotApiRequest.Read(method, http.Request, http.RequestAborted);
            var result = await Serve(requestToken, request, http.RequestAborted);
            var error = result.StatusCode == 200 ? null : result.Body["description"]?.GetValue<string>();
            calls.Add(new ApiCall(method, request.Parameters, result.StatusCode, error));
            await Write(http.Response, result, http.RequestAborted);
        }
        catch (OperationCanceledException) when (http.RequestAborted.IsCancellationRequested)
        {
            // The client gave up, e.g. a cancelled long poll: nobody is left to answer.
        }
        catch (JsonException exception)
        {
            await Write(http.Response, BotApiResult.BadRequest($"can't parse JSON: {exception.Message}"), http.RequestAborted);
        }
        finally
        {
            if (!polling) activity.End();
        }
    }

    private async Task<BotApiResult> Serve(string requestToken, BotApiRequest request, CancellationToken cancellationToken)
    {
        if (requestToken != token) return BotApiResult.Unauthorized;
        if (methods.Find(request.Method) is not { } handler) return BotApiResult.MethodNotFound;
        if (faults.Holds(request)) return await Hang(cancellationToken);
        return faults.Next(request) ?? await handler(request, cancellationToken);
    }

    /// <summary>No answer until the client gives up (its cancellation is rethrown) or the fake stops.</summary>
    private async Task<BotApiResult> Hang(CancellationToken cancellationToken)
    {
        using var linked = CancellationTokenSource.CreateLinkedTokenSource(cancellationToken, stopping);
        try
        {
            await Task.Delay(Timeout.Infinite, linked.Token);
        }
        catch (OperationCanceledException) when (!cancellationToken.IsCancellationRequested)
        {
            // The fake is shutting down: answer rather than hold Kestrel's shutdown.
        }
        return BotApiResult.ServerError;
    }

    private async Task Download(HttpContext http, string requestToken, string filePath)
    {
        activity.Begin();
        try
        {
            var file = requestToken == token ? files.Download(filePath) : null;
            if (file is null)
            {
                await Write(http.Response, requestToken == token ? BotApiResult.NotFound : BotApiResult.Unauthorized, http.RequestAborted);
                return;
            }
            http.Response.ContentType = file.MimeType ?? "application/octet-stream";
            http.Response.ContentLength = file.Bytes.Length;
            await http.Response.Body.WriteAsync(file.Bytes, http.RequestAborted);
        }
        finally
        {
            activity.End();
        }
    }

    private static bool TrySplit(string path, string prefix, out string token, out string rest)
    {
        token = rest = "";
        var slash = path.StartsWith(prefix, StringComparison.Ordinal) ? path.IndexOf('/', prefix.Length) : -1;
        if (slash < 0) return false;
        (token, rest) = (path[prefix.Length..slash], path[(slash + 1)..]);
        return rest.Length > 0;
    }

    private static Task Write(HttpResponse response, BotApiResult result, CancellationToken cancellationToken)
    {
        response.StatusCode = result.StatusCode;
        response.ContentType = "application/json";
        return response.WriteAsync(result.Body.ToJsonString(), cancellationToken);
    }
}
