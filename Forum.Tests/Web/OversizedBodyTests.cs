using System.Net.Sockets;
using System.Text;

namespace Forum.Tests.Web;

/// <summary>
/// A request that declares a body over the limit, sent to the real server (Kestrel enforces its own limit,
/// which the in-process test server does not): one calm 413 page, and nothing in the logs but a line or two.
/// </summary>
[Category("Web")]
public sealed class OversizedBodyTests
{
    [Test]
    public async Task A_body_declared_too_large_gets_the_kind_413_page_and_no_stack_trace_in_the_logs()
    {
        await using var factory = await ForumWebFactory.CreateAsync();
        var address = new Uri(factory.StartKestrel());
        factory.Logs.Clear();

        var body = "__form=x&Body=" + new string('a', 146 - 14);
        var request = $"POST /t/1/replies HTTP/1.1\r\nHost: {address.Authority}\r\nContent-Type: application/x-www-form-urlencoded\r\n" +
                      $"Content-Length: 2000000\r\nConnection: close\r\n\r\n{body}";
        using var client = new TcpClient();
        await client.ConnectAsync(address.Host, address.Port);
        await using var stream = client.GetStream();
        await stream.WriteAsync(Encoding.ASCII.GetBytes(request));
        using var reader = new StreamReader(stream, Encoding.UTF8);
        var response = await ReadUntilClosedAsync(reader);

        response.ShouldStartWith("HTTP/1.1 413");
        response.ShouldContain("That was too much to send at once");
        var logged = string.Join("\n", factory.Logs.Messages);
        logged.ShouldNotContain("   at ");
        logged.ShouldNotContain("Exception");
    }

    private static async Task<string> ReadUntilClosedAsync(StreamReader reader)
    {
        var text = new StringBuilder();
        var buffer = new char[4096];
        try
        {
            int read;
            while ((read = await reader.ReadAsync(buffer)) > 0) text.Append(buffer, 0, read);
        }
        catch (IOException)
        {
            // Kestrel may reset the connection after answering, since the rest of the body never came.
        }
        return text.ToString();
    }
}
