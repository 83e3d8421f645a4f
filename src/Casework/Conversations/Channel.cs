namespace FamilyServices.Casework.Conversations;

public enum Channel
{
    Sms,
    WebChat,
    Phone,
    Email,
    InPerson,
}
