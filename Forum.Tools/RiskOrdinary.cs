namespace Forum.Tools;

/// <summary>
/// Ordinary plans and tiredness in the words the timing and means patterns listen for, written for training only (not
/// taken from the evaluation set, nor from the tests): the model learned "tonight" and "tired" as signs from the at-risk
/// tuning posts, and these show it the everyday uses.
/// </summary>
internal static class RiskOrdinary
{
    public static readonly string[] Posts =
    [
        "tonight we are going bowling with the whole family and then getting chips",
        "this weekend i am painting the kitchen with my dad, finally picked a colour",
        "tomorrow is my first day at the new job and i am nervous but excited",
        "so tired after the school run, going to have a coffee and then do the shopping",
        "tonight i am cooking for my sister and her kids, spaghetti again",
        "im tired but happy, the move is done and the cat likes the new flat",
        "friday night is film night at ours, we are watching something silly with popcorn",
        "going to the meeting tonight and then meeting a friend for dinner after",
        "i am so tired of this rain, the dog refuses to go out",
        "this saturday i am running my first 5k, wish me luck",
        "my meds are working better now, sleeping properly for the first time in months",
        "picked up my prescription today and the pharmacist was really kind about it",
        "next week is my birthday and my mates are taking me bowling",
        "tonight is the night i finally finish the jigsaw, 1000 pieces",
        "exhausted after the night shift but the ward was calm for once",
        "done with exams, going to sleep for a whole day and then see everyone",
        "i have a plan for the weekend: long walk, big lunch, early night",
        "end of the month and i have paid every bill, first time in years",
        "tired after therapy today but it was a good session, we talked about my mum",
        "this is the last week of my course and then i graduate",
    ];
}
