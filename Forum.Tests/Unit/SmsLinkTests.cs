using Forum.Web.Safety;

namespace Forum.Tests.Unit;

[Category("Unit")]
public sealed class SmsLinkTests
{
    [TestCase("Text SHOUT to 85258", "sms:85258?body=SHOUT")]
    [TestCase("Text HOME to 741741", "sms:741741?body=HOME")]
    [TestCase("Text 988", "sms:988")]
    [TestCase("Text 0477 13 11 14", "sms:0477131114")]
    public void A_text_line_becomes_a_link_with_its_number_and_word(string line, string link) =>
        SmsLink.From(line).ShouldBe(link);

    [TestCase("")]
    [TestCase("Text us any time")]
    [TestCase("Message us on the website")]
    [TestCase("Text SHOUT to 85258; or call")]
    public void Words_that_name_no_number_stay_words(string line) =>
        SmsLink.From(line).ShouldBeNull();
}
