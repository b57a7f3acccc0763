namespace Forum.Web.Push;

/// <summary>
/// The sentence a device shows for each message a name may choose (<see cref="PushSubscription.Kinds"/>), in English,
/// the key of the resource files. Only the kind is ever sent; /me gives the worker these words in the reader's
/// language when it registers it, and the worker shows the one the message names.
/// </summary>
public static class PushWords
{
    public static readonly IReadOnlyList<(string Kind, string Words)> All =
    [
        (PushSubscription.SomethingNew, "Something new is waiting for you"),
        (PushSubscription.SomeoneReplied, "Someone replied to you"),
    ];
}
