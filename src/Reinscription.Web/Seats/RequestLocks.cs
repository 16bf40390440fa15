using Microsoft.EntityFrameworkCore;
using Reinscription.Domain.Campaigns;
using Reinscription.Web.Data;

namespace Reinscription.Web.Seats;

/// <summary>
/// Every change to a request's lines or seats starts by locking the request's row, then reads its lines under
/// that lock: two changes to one request (a step 4 and a step 5 in two tabs, two staff members) take turns,
/// and the second works on what the first saved, or finds the request sent and changes nothing.
/// </summary>
public static class RequestLocks
{
    /// <summary>The request with its lines, its row locked until the caller's transaction ends; the context must not track it already.</summary>
    public static Task<ReenrollmentRequest?> LockRequestAsync(this ReinscriptionDbContext db, int requestId, CancellationToken cancellationToken) =>
        db.ReenrollmentRequests
            .FromSql($"""SELECT * FROM "ReenrollmentRequests" WHERE "Id" = {requestId} FOR UPDATE""")
            .Include(r => r.Choices)
            .SingleOrDefaultAsync(cancellationToken);

    /// <summary>As <see cref="LockRequestAsync"/>, with the student, family, site and campaign year that decisions and e-mails name.</summary>
    public static Task<ReenrollmentRequest?> LockRequestWithFamilyAsync(this ReinscriptionDbContext db, int requestId, CancellationToken cancellationToken) =>
        db.ReenrollmentRequests
            .FromSql($"""SELECT * FROM "ReenrollmentRequests" WHERE "Id" = {requestId} FOR UPDATE""")
            .Include(r => r.Choices)
            .Include(r => r.Student!).ThenInclude(s => s.Family!).ThenInclude(f => f.Site)
            .Include(r => r.Campaign!).ThenInclude(c => c.TargetSchoolYear)
            .SingleOrDefaultAsync(cancellationToken);
}
