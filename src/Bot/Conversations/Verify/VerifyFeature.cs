using Microsoft.Extensions.DependencyInjection;
using SoLienLac.Bot.Conversations.State;

namespace SoLienLac.Bot.Conversations.Verify;

public static class VerifyFeature
{
    /// <summary>/start and its steps: the student code, then the proof.</summary>
    public static IServiceCollection AddVerify(this IServiceCollection services) =>
        services.AddFlowCommand<VerifyHandler>()
            .AddFlowStep<AwaitingStudentCode>("verify.student-code")
            .AddFlowStep<AwaitingProof>("verify.proof");
}
