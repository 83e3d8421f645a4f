using FamilyServices.Bot.Channels.Sms;
using Microsoft.Extensions.Primitives;

namespace FamilyServices.Bot.Tests.Channels.Sms;

public class TwilioSignatureTests
{
    private static readonly Dictionary<string, StringValues> TestVectorParams = new()
    {
        ["CallSid"] = "CA1234567890ABCDE",
        ["Caller"] = "+14158675309",
        ["Digits"] = "1234",
        ["From"] = "+14158675309",
        ["To"] = "+18005551212",
    };

    [Fact]
    public void Matches_twilios_published_test_vector()
    {
        Assert.Equal("RSOYDt4T1cUTdK1PDd93/VVr8B8=",
            TwilioSignature.Compute("12345", "https://mycompany.com/myapp.php?foo=1&bar=2", TestVectorParams));
    }

    [Theory]
    [InlineData("Dzień dobry, kiedy mogę odwiedzić męża? Zażółć gęślą jaźń")]
    [InlineData("مرحبا، ما هي الهوية التي أحتاجها للزيارة؟")]
    [InlineData("wat ID do i need 2 visit + is it £5?")]
    [InlineData("")]
    public void Agrees_with_the_node_twilio_library(string body)
    {
        var form = TwilioWebhook.Inbound("+447700900123", body);
        const string url = "https://families.example.org/api/sms/twilio?site=leicester&x=a%20b";
        var expected = NodeTools.TwilioSignature("secret-token", url, form);

        Assert.Equal(expected, TwilioSignature.Compute("secret-token", url, form.Select(p => KeyValuePair.Create(p.Key, new StringValues(p.Value)))));
    }

    [Fact]
    public void Accepts_the_url_with_or_without_the_default_port_and_nothing_else()
    {
        var withPort = TwilioSignature.Compute("12345", "https://mycompany.com:443/myapp.php?foo=1&bar=2", TestVectorParams);
        var signedWithoutPort = TwilioSignature.Compute("12345", "https://mycompany.com/myapp.php?foo=1&bar=2", TestVectorParams);

        Assert.True(TwilioSignature.IsValid(withPort, "12345", "https://mycompany.com/myapp.php?foo=1&bar=2", TestVectorParams));
        Assert.True(TwilioSignature.IsValid(signedWithoutPort, "12345", "https://mycompany.com:443/myapp.php?foo=1&bar=2", TestVectorParams));
        Assert.False(TwilioSignature.IsValid(signedWithoutPort, "12345", "https://mycompany.com/myapp.php?foo=1&bar=3", TestVectorParams));
        Assert.False(TwilioSignature.IsValid(signedWithoutPort, "54321", "https://mycompany.com/myapp.php?foo=1&bar=2", TestVectorParams));
        Assert.False(TwilioSignature.IsValid("", "12345", "https://mycompany.com/myapp.php?foo=1&bar=2", TestVectorParams));
    }
}
