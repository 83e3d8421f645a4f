using System.Net;
using System.Net.WebSockets;
using System.Text.Json.Nodes;
using Microsoft.Extensions.DependencyInjection;

namespace FamilyServices.Bot.Tests.Channels.DirectLine;

public class DirectLineProtocolTests(BotApplication app) : IClassFixture<BotApplication>
{
    private static List<JsonObject> Messages(JsonArray activities) =>
        activities.OfType<JsonObject>().Where(a => (string?)a["type"] == "message").ToList();

    [Fact]
    public async Task A_message_is_echoed_with_its_client_activity_id_and_answered_by_the_bot()
    {
        var client = await DirectLineClient.StartAsync(app);

        var id = await client.PostMessageAsync("what ID do I need to visit?", "client-1");
        var (activities, watermark) = await client.PollAsync();

        var messages = Messages(activities);
        Assert.Equal(2, messages.Count);
        var echo = messages[0];
        Assert.Equal(id, (string)echo["id"]!);
        Assert.Equal("client-1", (string)echo["channelData"]!["clientActivityID"]!);
        Assert.Equal("2026-11-22T10:00:00.000Z", (string)echo["channelData"]!["clientTimestamp"]!);
        Assert.Equal("user", (string)echo["from"]!["role"]!);
        Assert.NotNull(echo["timestamp"]);

        var reply = messages[1];
        Assert.Equal("echo: what ID do I need to visit?", (string)reply["text"]!);
        Assert.Equal("bot", (string)reply["from"]!["role"]!);
        Assert.Equal(id, (string)reply["replyToId"]!);
        Assert.Equal(client.ConversationId, (string)reply["conversation"]!["id"]!);
        Assert.Equal(("plain", "en", "directline"), ((string)reply["textFormat"]!, (string)reply["locale"]!, (string)reply["channelId"]!));
        Assert.True(DateTimeOffset.Parse((string)reply["timestamp"]!) > DateTimeOffset.Parse((string)echo["timestamp"]!));
        Assert.NotEqual((string)echo["id"]!, (string)reply["id"]!);

        var turn = Assert.Single(app.Turns.Received, m => m.ConversationId == client.ConversationId);
        Assert.Equal(("webchat", "dl_test", "en-GB", id), (turn.Channel, turn.Address, turn.Locale, turn.ChannelMessageId));

        var (later, sameWatermark) = await client.PollAsync(watermark);
        Assert.Empty(later);
        Assert.Equal(watermark, sameWatermark);
    }

    [Fact]
    public async Task Choices_become_im_back_suggested_actions()
    {
        var client = await DirectLineClient.StartAsync(app);
        await client.PostMessageAsync("menu", "c1");

        var reply = Messages((await client.PollAsync()).Activities)[^1];
        var actions = reply["suggestedActions"]!["actions"]!.AsArray();
        Assert.Equal(["imBack", "imBack", "imBack"], actions.Select(a => (string)a!["type"]!));
        Assert.Equal(["Visiting times", "ID to bring", "Talk to a person"], actions.Select(a => (string)a!["title"]!));
        Assert.Equal(["visiting-times", "id-requirements", "human"], actions.Select(a => (string)a!["value"]!));
    }

    [Fact]
    public async Task The_socket_replays_what_came_before_it_opened_and_after_a_drop_resumes_from_the_watermark()
    {
        var client = await DirectLineClient.StartAsync(app);
        await client.PostMessageAsync("first", "c1");

        var socket = await client.OpenStreamAsync();
        var replay = (await DirectLineClient.ReceiveFrameAsync(socket))!;
        Assert.Equal(["first", "echo: first"], Messages(replay["activities"]!.AsArray()).Select(a => (string)a["text"]!));

        await client.PostMessageAsync("second", "c2");
        var frames = new List<JsonObject>();
        while (Messages(new JsonArray([.. frames.SelectMany(f => f["activities"]!.AsArray()).Select(a => a!.DeepClone())])).Count < 2)
        {
            frames.Add((await DirectLineClient.ReceiveFrameAsync(socket))!);
        }
        var watermark = (string)frames[^1]["watermark"]!;

        socket.Abort();
        await client.PostMessageAsync("while you were away", "c3");

        var reconnected = await DirectLineClient.ReadAsync(await client.SendAsync(HttpMethod.Get, $"/v3/directline/conversations/{client.ConversationId}?watermark={watermark}"));
        Assert.NotNull(reconnected["token"]);
        client.Token = (string)reconnected["token"]!;
        client.StreamUrl = (string)reconnected["streamUrl"]!;
        var second = await client.OpenStreamAsync();
        var caughtUp = (await DirectLineClient.ReceiveFrameAsync(second))!;
        Assert.Equal(["while you were away", "echo: while you were away"], Messages(caughtUp["activities"]!.AsArray()).Select(a => (string)a["text"]!));
        await second.CloseAsync(WebSocketCloseStatus.NormalClosure, null, default);
    }

    [Fact]
    public async Task A_token_works_only_for_its_own_conversation_and_refresh_extends_it()
    {
        var mine = await DirectLineClient.StartAsync(app);
        var theirs = await DirectLineClient.StartAsync(app, "dl_other");
        await theirs.PostMessageAsync("private worry", "c1");

        var read = await mine.SendAsync(HttpMethod.Get, $"/v3/directline/conversations/{theirs.ConversationId}/activities");
        var post = await mine.SendAsync(HttpMethod.Post, $"/v3/directline/conversations/{theirs.ConversationId}/activities", new { type = "message", text = "hi" });
        Assert.Equal(HttpStatusCode.Forbidden, read.StatusCode);
        Assert.Equal(HttpStatusCode.Forbidden, post.StatusCode);

        var refreshed = await DirectLineClient.ReadAsync(await mine.SendAsync(HttpMethod.Post, "/v3/directline/tokens/refresh"));
        Assert.Equal(mine.ConversationId, (string)refreshed["conversationId"]!);
        mine.Token = (string)refreshed["token"]!;
        Assert.Equal(HttpStatusCode.OK, (await mine.SendAsync(HttpMethod.Get, $"/v3/directline/conversations/{mine.ConversationId}/activities")).StatusCode);

        var tampered = mine.Token[..^2] + (mine.Token[^2] == 'A' ? "BB" : "AA");
        Assert.Equal(HttpStatusCode.Forbidden, (await mine.SendAsync(HttpMethod.Get, $"/v3/directline/conversations/{mine.ConversationId}/activities", token: tampered)).StatusCode);
    }

    [Fact]
    public async Task Generating_a_token_needs_the_secret_and_a_stream_url_cannot_be_used_as_a_token()
    {
        var client = await DirectLineClient.StartAsync(app);
        var withToken = await client.SendAsync(HttpMethod.Post, "/v3/directline/tokens/generate");
        Assert.Equal(HttpStatusCode.Forbidden, withToken.StatusCode);

        var streamToken = Uri.UnescapeDataString(client.StreamUrl.Split("t=")[1].Split('&')[0]);
        Assert.Equal(HttpStatusCode.Forbidden, (await client.SendAsync(HttpMethod.Get, $"/v3/directline/conversations/{client.ConversationId}/activities", token: streamToken)).StatusCode);
        Assert.Equal(HttpStatusCode.Unauthorized, (await client.Http.GetAsync($"/v3/directline/conversations/{client.ConversationId}/activities")).StatusCode);
    }

    [Fact]
    public async Task An_expired_token_gets_403_so_the_client_knows_to_get_a_new_one()
    {
        // Long enough to start the conversation on a busy machine, short enough to wait out.
        await using var shortLived = new BotApplication { Settings = new Dictionary<string, string?> { ["DirectLine:TokenLifetime"] = "00:00:05" } };
        var client = await DirectLineClient.StartAsync(shortLived);
        await Task.Delay(TimeSpan.FromSeconds(5.1));

        var response = await client.SendAsync(HttpMethod.Post, $"/v3/directline/conversations/{client.ConversationId}/activities", new { type = "message", text = "hello?" });

        Assert.Equal(HttpStatusCode.Forbidden, response.StatusCode);
        Assert.Empty(shortLived.Turns.Received);
    }

    [Fact]
    public async Task Typing_is_accepted_uploads_are_refused_politely_and_bad_bodies_get_400()
    {
        var client = await DirectLineClient.StartAsync(app);
        var path = $"/v3/directline/conversations/{client.ConversationId}";

        var typing = await DirectLineClient.ReadAsync(await client.SendAsync(HttpMethod.Post, path + "/activities", new { type = "typing", from = new { id = "dl_test" } }));
        Assert.NotNull(typing["id"]);
        Assert.Empty((await client.PollAsync()).Activities);

        var upload = await client.SendAsync(HttpMethod.Post, path + "/upload?userId=dl_test", "{}");
        Assert.Equal(HttpStatusCode.UnsupportedMediaType, upload.StatusCode);
        Assert.Contains("type your message", (await upload.Content.ReadAsStringAsync()));

        Assert.Equal(HttpStatusCode.BadRequest, (await client.SendAsync(HttpMethod.Post, path + "/activities", "not json")).StatusCode);
        Assert.Equal(HttpStatusCode.BadRequest, (await client.SendAsync(HttpMethod.Post, path + "/activities", "[1,2]")).StatusCode);
        Assert.Equal(HttpStatusCode.BadRequest, (await client.SendAsync(HttpMethod.Post, path + "/activities", new { text = "no type" })).StatusCode);
        Assert.Equal(HttpStatusCode.BadRequest, (await client.SendAsync(HttpMethod.Post, path + "/activities", new { type = "message", text = new string('a', 5001) })).StatusCode);
        Assert.Equal(HttpStatusCode.NotFound, (await client.SendAsync(HttpMethod.Get, "/v3/directline/conversations/nope", token: BotApplication.DirectLineSecret)).StatusCode);
    }

    [Fact]
    public async Task When_the_engine_fails_the_family_is_told_in_their_language()
    {
        var client = await DirectLineClient.StartAsync(app);
        await client.PostMessageAsync("fail", "c1", locale: "pl-PL");

        var reply = Messages((await client.PollAsync()).Activities)[^1];
        Assert.StartsWith("Przepraszamy", (string)reply["text"]!);
        Assert.Equal("pl", (string)reply["locale"]!);
    }

    [Fact]
    public async Task A_cross_origin_page_may_send_the_headers_directlinejs_sends()
    {
        var preflight = new HttpRequestMessage(HttpMethod.Options, "/v3/directline/conversations/abc/activities");
        preflight.Headers.Add("Origin", "https://partner.example");
        preflight.Headers.Add("Access-Control-Request-Method", "POST");
        preflight.Headers.Add("Access-Control-Request-Headers", "authorization,content-type,x-ms-bot-agent,x-requested-with");

        var response = await app.CreateClient().SendAsync(preflight);

        Assert.Equal(HttpStatusCode.NoContent, response.StatusCode);
        Assert.Equal("*", response.Headers.GetValues("Access-Control-Allow-Origin").Single());
        var allowed = string.Join(',', response.Headers.GetValues("Access-Control-Allow-Headers")).ToLowerInvariant();
        Assert.All(["authorization", "content-type", "x-ms-bot-agent", "x-requested-with"], h => Assert.Contains(h, allowed));
    }

    [Fact]
    public async Task A_family_workers_reply_reaches_an_open_socket()
    {
        var client = await DirectLineClient.StartAsync(app);
        var socket = await client.OpenStreamAsync();

        using (var scope = app.Services.CreateScope())
        {
            await scope.ServiceProvider.GetRequiredService<FamilyServices.Bot.Channels.DirectLine.DirectLineConversations>()
                .SendAsync(client.ConversationId, new("Hello, this is Sam, a family worker.", [], "en"), default);
        }

        var frame = (await DirectLineClient.ReceiveFrameAsync(socket))!;
        Assert.Equal("Hello, this is Sam, a family worker.", (string)frame["activities"]![0]!["text"]!);
    }
}
