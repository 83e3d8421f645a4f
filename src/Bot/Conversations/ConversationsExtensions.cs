using FamilyServices.Knowledge;
using FamilyServices.Bot.Conversations.Prompts;
using FamilyServices.Bot.Dialogs.Common;
using FamilyServices.Bot.Dialogs.Complaints;
using FamilyServices.Bot.Dialogs.GettingBackInTouch;
using FamilyServices.Bot.Dialogs.Questions;
using FamilyServices.Bot.Dialogs.Surveys;
using FamilyServices.Bot.Dialogs.TalkToAPerson;
using FamilyServices.Bot.Dialogs.WelfareConcerns;

namespace FamilyServices.Bot.Conversations;

public static class ConversationsExtensions
{
    /// <summary>The conversation engine, its prompts and every dialog a family can be in.</summary>
    public static WebApplicationBuilder AddConversations(this WebApplicationBuilder builder)
    {
        // The engine needs the knowledge content; register it here unless the knowledge area already has.
        if (!builder.Services.Any(d => d.ServiceType == typeof(KnowledgeStore)))
        {
            builder.Services.AddKnowledge(builder.Configuration);
        }

        builder.Services.AddSingleton<IAssistantKnowledge, KnowledgeAdapter>();
        builder.Services.AddConversationEngine();
        return builder;
    }

    public static IServiceCollection AddConversationEngine(this IServiceCollection services)
    {
        Dialog[] dialogs =
        [
            new TextPrompt(), new ChoicePrompt(), new YesNoPrompt(), new NumberPrompt(), new DatePrompt(),
            new PhonePrompt(), new PrisonNumberPrompt(), new EmailPrompt(),
            new QuestionsDialog(), new NotUnderstoodDialog(), new MenuDialog(), new LanguageDialog(), new ResumeOfferDialog(),
            new ComplaintDialog(), new SurveyDialog(), new WelfareConcernDialog(), new GettingBackInTouchDialog(), new TalkToAPersonDialog(),
        ];
        services.AddSingleton(new DialogSet(dialogs));
        services.AddSingleton<ConversationEngine>();
        services.AddSingleton<ITurnHandler>(sp => sp.GetRequiredService<ConversationEngine>());
        return services;
    }
}
