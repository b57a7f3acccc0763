namespace Forum.Data.Replication;

/// <summary>
/// One request's choice of where its reads go. Reads may go to a standby unless the request writes, or follows a
/// write the standby has not replayed yet: then the primary answers, so a writer always sees what they wrote.
/// </summary>
public sealed class ReadRoute
{
    public bool FromPrimary { get; private set; }

    public void UsePrimary() => FromPrimary = true;
}
