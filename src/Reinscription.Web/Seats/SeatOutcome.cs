namespace Reinscription.Web.Seats;

/// <summary>What a seat change did, in a French sentence for the person who asked for it.</summary>
public sealed record SeatOutcome(bool Succeeded, string Message)
{
    public static SeatOutcome Done(string message) => new(true, message);

    /// <summary>Nothing changed: the transaction was rolled back.</summary>
    public static SeatOutcome Refused(string message) => new(false, message);
}
