using Reinscription.Domain.Campaigns;

namespace Reinscription.Web.Data;

public static class RequestQueries
{
    /// <summary>What <see cref="ReenrollmentRequest.AwaitsDecision"/> says of one request, as SQL: sent to re-enrol, not yet decided.</summary>
    public static IQueryable<ReenrollmentRequest> AwaitingDecision(this IQueryable<ReenrollmentRequest> requests) =>
        requests.Where(r => r.Status == RequestStatus.Submitted && r.Wish == ReenrollmentWish.Reenrol);
}
