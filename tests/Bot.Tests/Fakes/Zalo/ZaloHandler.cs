namespace SoLienLac.Bot.Tests.Fakes.Zalo;

/// <summary>Serves one Zalo Bot API method.</summary>
internal delegate Task<ZaloApiResult> ZaloHandler(ZaloApiRequest request, CancellationToken cancellationToken);
