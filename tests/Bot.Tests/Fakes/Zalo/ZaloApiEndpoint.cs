using System.Text.Json;
using Microsoft.AspNetCore.Http;
using SoLienLac.Bot.Tests.Fakes.Telegram;

namespace SoLienLac.Bot.Tests.Fakes.Zalo;

/// <summary>The HTTP face of the fake: <c>POST /bot{token}/{method}</c>, answered in the Zalo envelope.</summary>
internal sealed class ZaloApiEndpoint(string token, ZaloMethodTable methods, ZaloFaultPlan faults, Journal<ZaloApiCall> calls, ActivityMonitor activity)
{
    private const string Prefix = "/bot";

    public Task Handle(HttpContext http)
    {
        var path = http.Request.Path.Value ?? "";
        var slash = path.StartsWith(Prefix, StringComparison.Ordinal) ? path.IndexOf('/', Prefix.Length) : -1;
        if (slash < 0 || path.Length == slash + 1 || path.IndexOf('/', slash + 1) >= 0)
            return Write(http.Response, ZaloApiResult.MethodNotFound, http.RequestAborted);
        return Call(http, path[Prefix.Length..slash], path[(slash + 1)..]);
    }

    private async Task Call(HttpContext http, string requestToken, string method)
    {
        // A long poll that only waits is not the bot being busy: WaitUntilIdle must not wait for it.
        var polling = method.Equals("getUpdates", StringComparison.OrdinalIgnoreCase);
        if (!polling) activity.Begin();
        try
        {
            var request = await ZaloApiRequest.Read(method, http.Request, http.RequestAborted);
            var result = await Serve(requestToken, request, http.RequestAborted);
            calls.Add(new ZaloApiCall(method, request.Parameters, result.StatusCode, result.Code, result.Description));
            await Write(http.Response, result, http.RequestAborted);
        }
        catch (OperationCanceledException) when (http.RequestAborted.IsCancellationRequested)
        {
            // The client gave up, e.g. a cancelled long poll: nobody is left to answer.
        }
        catch (JsonException exception)
        {
            await Write(http.Response, ZaloApiResult.BadRequest($"can't parse JSON: {exception.Message}"), http.RequestAborted);
        }
        finally
        {
            if (!polling) activity.End();
        }
    }

    private async Task<ZaloApiResult> Serve(string requestToken, ZaloApiRequest request, CancellationToken cancellationToken)
    {
        if (requestToken != token) return ZaloApiResult.Unauthorized;
        if (methods.Find(request.Method) is not { } handler) return ZaloApiResult.MethodNotFound;
        return faults.Next(request) ?? await handler(request, cancellationToken);
    }

    private static Task Write(HttpResponse response, ZaloApiResult result, CancellationToken cancellationToken)
    {
        response.StatusCode = result.StatusCode;
        response.ContentType = "application/json";
        return response.WriteAsync(result.Body.ToJsonString(), cancellationToken);
    }
}
