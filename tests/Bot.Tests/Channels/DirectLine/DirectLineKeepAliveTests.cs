using System.Net.WebSockets;

namespace FamilyServices.Bot.Tests.Channels.DirectLine;

public class DirectLineKeepAliveTests
{
    [Fact]
    public async Task An_idle_socket_gets_empty_keep_alive_frames()
    {
        await using var app = new BotApplication { Settings = new Dictionary<string, string?> { ["DirectLine:KeepAliveInterval"] = "00:00:00.200" } };
        var client = await DirectLineClient.StartAsync(app);
        using var socket = await client.OpenStreamAsync();

        var buffer = new byte[1024];
        using var timeout = new CancellationTokenSource(TimeSpan.FromSeconds(5));
        var result = await socket.ReceiveAsync(buffer, timeout.Token);

        Assert.Equal((WebSocketMessageType.Text, 0, true), (result.MessageType, result.Count, result.EndOfMessage));
        Assert.Equal(WebSocketState.Open, socket.State);
    }
}
