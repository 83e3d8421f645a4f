namespace FamilyServices.Bot.Channels.DirectLine;

public sealed class DirectLineOptions
{
    public const string Section = "DirectLine";

    /// <summary>Our server's credential: it mints tokens and never reaches a browser.</summary>
    public string Secret { get; set; } = "";

    /// <summary>How long a conversation token lasts; Web Chat refreshes it every 15 minutes.</summary>
    public TimeSpan TokenLifetime { get; set; } = TimeSpan.FromMinutes(30);

    /// <summary>How long the credential in a streamUrl may be used to open the socket.</summary>
    public TimeSpan StreamUrlLifetime { get; set; } = TimeSpan.FromMinutes(2);

    /// <summary>How often an idle socket gets an empty frame, so proxies and phones keep it open.</summary>
    public TimeSpan KeepAliveInterval { get; set; } = TimeSpan.FromSeconds(15);

    /// <summary>The longest message text we accept; anything longer is refused with 400.</summary>
    public int MaxTextLength { get; set; } = 5000;
}
