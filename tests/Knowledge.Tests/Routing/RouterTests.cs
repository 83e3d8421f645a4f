namespace FamilyServices.Knowledge.Tests.Routing;

/// <summary>What a family notices: the assistant understands them however they type.</summary>
public class RouterTests
{
    private static RouteResult Route(string text, RoutingContext? context = null) => Shared.Router.Route(text, context ?? new RoutingContext());

    [Theory]
    [InlineData("wat ID do i need 2 visit", "id-requirements")]
    [InlineData("wen r visits pls", "visiting-times")]
    [InlineData("how do i snd money 2 him", "sending-money")]
    [InlineData("can u tell me the dres code", "dress-code")]
    [InlineData("vistng tims", "visiting-times")]
    // "I'd" folds to "id", which alone is the papers a visitor shows.
    [InlineData("I'd like to get back in contact with my dad, he's been inside since I was small", "reestablish-contact")]
    public void Text_speak_and_typos_are_understood(string text, string intent) => Assert.Equal(intent, Route(text).Intent);

    // Words such as "send", "allowed" or "visit" belong to many intents; the word that tells them apart must decide.
    [Theory]
    [InlineData("what clothes am i not allowed to wear on the visit", "dress-code")]
    [InlineData("ile pieniedzy moge mu przelac na konto", "sending-money")]
    [InlineData("ga i yrru llyfr i fy mrawd", "books-and-parcels")]
    [InlineData("ابغى ارسل فلوس لاخوي في السجن", "sending-money")]
    [InlineData("کیا میں بھائی کو کتابیں بھیج سکتی ہوں", "books-and-parcels")]
    public void The_word_that_tells_intents_apart_decides(string text, string intent) => Assert.Equal(intent, Route(text).Intent);

    /// <summary>A date given in answer to a form's question is not a worry, however its words rank.</summary>
    [Theory]
    [InlineData("الثلاثاء الماضي")]
    [InlineData("کل")]
    [InlineData("ddoe")]
    [InlineData("ieri")]
    public void A_word_or_two_with_no_welfare_word_is_not_a_worry(string text)
    {
        var result = Route(text);
        Assert.Equal(WelfareLevel.None, result.Welfare.Level);
        Assert.DoesNotContain(result.Intent, new[] { "concern", "emergency" });
    }

    [Theory]
    [InlineData("jaki dokument tozsamosci musze miec", "pl", "id-requirements")]
    [InlineData("jaki dokument tożsamości muszę mieć", "pl", "id-requirements")]
    [InlineData("ce act de identitate trebuie sa aduc", "ro", "id-requirements")]
    [InlineData("ce act de identitate trebuie să aduc", "ro", "id-requirements")]
    [InlineData("Pryd mae amseroedd ymweld", "cy", "visiting-times")]
    public void Missing_accents_change_nothing(string text, string language, string intent)
    {
        var result = Route(text);
        Assert.Equal(language, result.Language);
        Assert.Equal(intent, result.Intent);
    }

    [Theory]
    [InlineData("ملاقات کب ہوتی ہے", "ur")]
    [InlineData("میرا بھائی جیل میں ہے", "ur")]
    [InlineData("متى الزيارة", "ar")]
    [InlineData("أخي في السجن", "ar")]
    [InlineData("hello", "en")]
    [InlineData("dzień dobry", "pl")]
    [InlineData("bună ziua", "ro")]
    [InlineData("shwmae", "cy")]
    [InlineData("visiting time کیا ہے", "ur")]
    [InlineData("video call کیسے کریں", "ur")]
    public void Short_messages_get_the_right_language(string text, string language) => Assert.Equal(language, Route(text).Language);

    /// <summary>
    /// Urdu and Arabic typed in Latin letters are answered in Urdu and Arabic; an English message with a name or one
    /// Urdu word in it stays English.
    /// </summary>
    [Theory]
    [InlineData("meri behan jail mein hai, mulaqat kab hoti hai", "ur", "visiting-times")]
    [InlineData("qaidi ko khat kaise likhun", "ur", "letters")]
    [InlineData("3ayza a3raf ezay a7gez ziyara", "ar", "booking-a-visit")]
    [InlineData("my beta Imran is in HMP Leicester, when can I visit him", "en", "visiting-times")]
    [InlineData("salam, what ID do I need for the visit", "en", "id-requirements")]
    [InlineData("my postcode is CM3 5AB, how do I get to the prison", "en", "getting-there")]
    public void Urdu_and_Arabic_in_Latin_letters_are_read_as_such(string text, string language, string intent)
    {
        var result = Route(text);
        Assert.Equal(language, result.Language);
        Assert.Equal(intent, result.Intent);
    }

    /// <summary>Each Arabic region's word for petrol, a baby or a prison visit, and Polish that borrows English words.</summary>
    [Theory]
    [InlineData("البترول صار غالي، في حد يساعد بمصاريف الطريق للسجن", "ar", "financial-help")]
    [InlineData("اقدر اجيب الرضيع معي للمواجهة", "ar", "children-visiting")]
    [InlineData("jak zrobic booking na closed visit", "pl", "booking-a-visit")]
    [InlineData("czy moj facet moze mnie dopisac do approved visitors", "pl", "booking-a-visit")]
    [InlineData("jak sie zalogowac do apki od rozmow wideo", "pl", "video-calls")]
    public void Dialect_words_and_borrowed_English_are_understood(string text, string language, string intent)
    {
        var result = Route(text);
        Assert.Equal(language, result.Language);
        Assert.Equal(intent, result.Intent);
    }

    /// <summary>
    /// Two Roman Urdu words of its own make a message Urdu; once a conversation is in Urdu one is enough, and so is a
    /// message of nothing but its own words, even one English speakers borrow ("salam"). An English reply with one Urdu
    /// word stays English.
    /// </summary>
    [Theory]
    [InlineData("shukriya bhai", null, "ur")]
    [InlineData("shukriya", "ur", "ur")]
    [InlineData("shukriya", null, "ur")]
    [InlineData("salam alaikum", null, "ur")]
    [InlineData("salam g", null, "ur")]
    [InlineData("salam bro", null, "en")]
    [InlineData("thanks bhai", "en", "en")]
    public void A_short_Roman_Urdu_reply_stays_in_the_conversations_language(string text, string? known, string language) =>
        Assert.Equal(language, Route(text, new RoutingContext(known)).Language);

    /// <summary>"salam" alone is a greeting in Arabic or Urdu, never Romanian (its letters look Romanian).</summary>
    [Fact]
    public void Salam_alone_is_answered_in_an_arabic_script_language() => Assert.Contains(Route("salam").Language, new[] { "ar", "ur" });

    /// <summary>A long message about the family that asks its question somewhere in the middle gets that question answered.</summary>
    [Theory]
    [InlineData("evening, my big brother has been inside a year now and the whole family is abroad so its only me here, I work in a restaurant day and night and cant get time off easily, so my question is are there video calls with him instead of travelling every time, because the journey takes a whole day")]
    [InlineData("مساء الخير، اخوي الكبير صار له سنة محكوم واهلي كلهم بالخارج وانا الوحيد هنا واشتغل بمطعم ليل ونهار، وما اقدر اخذ اجازة بسهولة، فسؤالي هل في مكالمات فيديو معه بدل ما اسافر كل مرة، لان المشوار ياخذ يوم كامل")]
    public void A_question_buried_in_a_long_message_is_answered(string text) => Assert.Equal("video-calls", Route(text).Intent);

    [Theory]
    [InlineData("what time are visits at leicster", "leicester")]
    [InlineData("visiting times HMP Chelmsford", "chelmsford")]
    [InlineData("Littlehey prison visiting hours", "littlehey")]
    [InlineData("my son is in little hey", "littlehey")]
    [InlineData("visiting at chelmsfrod", "chelmsford")]
    [InlineData("متى الزيارة في ليستر", "leicester")]
    public void A_named_prison_is_recognised_even_misspelt(string text, string establishment)
    {
        var result = Route(text);
        Assert.Equal(establishment, result.EstablishmentId);
        Assert.NotEqual("fallback", result.Intent);
    }

    [Fact]
    public void A_prison_already_known_is_kept_when_none_is_named() =>
        Assert.Equal("littlehey", Route("what time are visits", new RoutingContext("en", "littlehey")).EstablishmentId);

    [Theory]
    [InlineData("my son said he will kill himself tonight")]
    [InlineData("my boyfriend is suicidal")]
    [InlineData("he told me he has taken loads of tablets")]
    [InlineData("he has taken an overdose")]
    [InlineData("mój syn chce się zabić")]
    [InlineData("fiul meu vrea să se sinucidă")]
    [InlineData("أخي يريد الانتحار الليلة")]
    [InlineData("میرا بھائی خودکشی کرنا چاہتا ہے")]
    [InlineData("mae fy mab eisiau lladd ei hun")]
    public void A_risk_to_life_is_an_emergency_in_every_language(string text)
    {
        var result = Route(text);
        Assert.Equal(WelfareLevel.Emergency, result.Welfare.Level);
        Assert.Equal("emergency", result.Intent);
    }

    // Hopelessness alone, or a beating that is over, reaches a family worker as a worry; with a means, a farewell, or
    // breathing trouble now, it is a risk to life and the family is told to call 999 first. A past word does not make
    // a worry of harm still going on (bleeding, unconscious, "still hasn't come round").
    [Theory]
    [InlineData("my son keeps saying theres no point anymore, he never said he would do anything", WelfareLevel.Concern)]
    [InlineData("my son keeps saying theres no point anymore and he has been saving his tablets", WelfareLevel.Emergency)]
    [InlineData("he got battered on the wing last week but hes alright now", WelfareLevel.Concern)]
    [InlineData("hes struggling to breathe and nobody is coming", WelfareLevel.Emergency)]
    [InlineData("syn mówi że nie chce już żyć, ale nie mówił że coś sobie zrobi", WelfareLevel.Concern)]
    [InlineData("syn mówi że wszystkim będzie lepiej bez niego, ma już sznur", WelfareLevel.Emergency)]
    [InlineData("tydzień temu go pobili, teraz jest w porządku", WelfareLevel.Concern)]
    [InlineData("fiul meu zice ca toti ar fi mai bine fara el", WelfareLevel.Concern)]
    [InlineData("fiul meu zice ca toti ar fi mai bine fara el, si-a luat adio de la noi", WelfareLevel.Emergency)]
    [InlineData("mae fy mab yn deud bod pawb yn well hebddo fo", WelfareLevel.Concern)]
    [InlineData("cafodd ei guro wythnos diwethaf, mae o'n iawn rwan", WelfareLevel.Concern)]
    [InlineData("ابني يقول الكل أحسن بدونه", WelfareLevel.Concern)]
    [InlineData("ابني يقول الكل أحسن بدونه وعنده حبل", WelfareLevel.Emergency)]
    [InlineData("أخوي ما يقدر يتنفس ومحد يجي", WelfareLevel.Emergency)]
    [InlineData("بیٹا کہتا ہے سب اس کے بغیر بہتر رہیں گے", WelfareLevel.Concern)]
    [InlineData("بیٹا کہتا ہے سب اس کے بغیر بہتر رہیں گے، اس نے رسی تیار کر لی ہے", WelfareLevel.Emergency)]
    [InlineData("پچھلے ہفتے اسے مارا گیا تھا، اب ٹھیک ہے", WelfareLevel.Concern)]
    [InlineData("he wrote letters to everyone and says were better off without him", WelfareLevel.Emergency)]
    [InlineData("he took an overdose yesterday and he is still unconscious", WelfareLevel.Emergency)]
    [InlineData("they stabbed him yesterday and he is bleeding and nobody has seen him", WelfareLevel.Emergency)]
    [InlineData("wczoraj połknął tabletki i dalej jest nieprzytomny", WelfareLevel.Emergency)]
    [InlineData("ieri a luat pastile si acum e inconstient", WelfareLevel.Emergency)]
    // A plan against his own life with its own night is a risk now, whatever else was yesterday; "now he's better" is not.
    [InlineData("his cellmate got out yesterday and rang me, says my son means to kill himself tonight", WelfareLevel.Emergency)]
    [InlineData("rok temu sie cial ale teraz jest duzo lepiej", WelfareLevel.Concern)]
    // A faint or a fit that is over is a health worry; one that goes on ("still", "now") is a risk to life.
    [InlineData("my dad fainted once last week and nobody has checked him over", WelfareLevel.Concern)]
    [InlineData("baiatul meu are diabet si a lesinat o data saptamana trecuta", WelfareLevel.Concern)]
    [InlineData("he had a fit yesterday and he still hasnt come round", WelfareLevel.Emergency)]
    [InlineData("he had a seizure last week and now hes not breathing properly", WelfareLevel.Emergency)]
    // Arabic joins "and" to a word that has a prefix of its own: "وبيهددوه" is "and they threaten him".
    [InlineData("في ناس بالجناح بيطلبوا منه فلوس وبيهددوه لو ما دفعش", WelfareLevel.Concern)]
    [InlineData("mi-a zis ca ii pare rau si sa am grija de copii", WelfareLevel.Emergency)]
    // "All day" is how long he stays in his cell, not "all the tablets".
    [InlineData("my husband has stopped taking his tablets for his depression and just stays in his cell all day", WelfareLevel.Concern)]
    // Said not to be in danger now, "can't cope" is a worry.
    [InlineData("he says he cant cope with another 3 years, i dont think hes in danger right now", WelfareLevel.Concern)]
    // "The last time I heard from him" tells a story; "the last time you'll hear from me" is a farewell.
    [InlineData("the last time i heard from him he sounded really low", WelfareLevel.Concern)]
    [InlineData("ostatni raz jak slyszalam jego glos byl bardzo smutny", WelfareLevel.Concern)]
    [InlineData("he rang crying and said this is the last time youll hear from me", WelfareLevel.Emergency)]
    // A beating that is over stays a worry, even with a "now" further on about something else.
    [InlineData("he was battered last week and now they're telling him it's not finished, they've got it in for him", WelfareLevel.Concern)]
    [InlineData("ابوي بالسجن وكل ما نكلمه يصيح ويقول الشباب اللي حوله يتنمرون عليه لانه كبير بالعمر", WelfareLevel.Concern)]
    [InlineData("partners appeal got refused yesterday and now hes not answering. he hasnt said anything about hurting himself but i'm worried sick", WelfareLevel.Concern)]
    [InlineData("hes been crying down the phone every night since his mum died and he isnt coping", WelfareLevel.Concern)]
    // An overdose told as past is a worry; one now, a risk to life. Arabizi writes the article apart ("l sne l madye",
    // last year), and the phrase is still heard through it.
    [InlineData("he took an overdose when he was in prison before and his mums anniversary is coming up", WelfareLevel.Concern)]
    [InlineData("hes overdosed in his cell and hes not answering", WelfareLevel.Emergency)]
    [InlineData("akhoya jara7 7alo l sne l madye w ana 5ayfe 3alay", WelfareLevel.Concern)]
    [InlineData("akhoya jara7 7alo lyom", WelfareLevel.Emergency)]
    public void Hopelessness_or_harm_that_is_over_is_a_worry_and_a_means_or_farewell_makes_it_a_risk_to_life(string text, WelfareLevel level)
    {
        var result = Route(text);
        Assert.Equal(level, result.Welfare.Level);
        Assert.Equal(level == WelfareLevel.Emergency ? "emergency" : "concern", result.Intent);
    }

    // Breathing trouble, told the way families write it in each language and dialect, a beating heard as it happens
    // ("now" in Sudanese, Libyan, Egyptian, Levantine or Maghrebi Arabic), a blow to the head with vomiting or
    // confusion, breathing trouble told from a call that has just ended ("couldn't breathe"), a killing said to be
    // planned, a cord tied round the neck, and a weapon with a threat that he will not be spared: 999 first.
    [Theory]
    [InlineData("mój mąż zadzwonił, nie może złapać powietrza i nikt nie przychodzi")]
    [InlineData("brat ledwo oddycha w celi, straznicy nie reaguja")]
    [InlineData("زوجي قالي ما قادرش يتنفس والحراس ما جاوش")]
    [InlineData("ابني عنده ضيق تنفس شديد ومحد يرد عليه")]
    [InlineData("اخوي بيضربوه هسي وانا سامعة الصراخ في التلفون")]
    [InlineData("عم يضربوه هلأ بالزنزانة وهو عم يصرخ")]
    [InlineData("sotul meu nu mai are aer si nimeni nu vine la el")]
    [InlineData("mae o'n cael trafferth anadlu a does neb yn dod")]
    [InlineData("میرے بھائی کا سانس اکھڑ رہا ہے اور کوئی نہیں آ رہا")]
    [InlineData("my dad can hardly breathe and the guards arent coming")]
    [InlineData("he got kicked in the head on the wing and now hes vomiting and confused")]
    [InlineData("brat dostal w glowe i teraz wymiotuje, nikt go nie zabral do lekarza")]
    [InlineData("l-au lovit in cap si acum varsa si nu stie unde e")]
    [InlineData("cafodd ei daro ar ei ben ac mae o'n chwydu")]
    [InlineData("ضربوه على راسه وهو عم يستفرغ")]
    [InlineData("اسے سر پر چوٹ لگی ہے اور الٹیاں کر رہا ہے")]
    [InlineData("صاحبه بيقول انه وقع ومش بيتنفس")]
    [InlineData("she rang me and said he couldnt breathe, then the phone cut off")]
    [InlineData("wczoraj w nocy nie mógł oddychać i nikt nie przyszedł")]
    [InlineData("mi-a zis ca nu putea respira deloc")]
    [InlineData("ابني كان بيختنق في التليفون وبعدين الخط قطع")]
    [InlineData("فون پر وہ بتا رہا تھا سانس نہیں لے پا رہا تھا")]
    [InlineData("ابھی فون پر آواز آئی کوئی میرے بیٹے کو مار رہا ہے، وہ چیخ رہا تھا")]
    [InlineData("mają go zabić w tym tygodniu, mówi kolega")]
    [InlineData("fratele meu si-a legat cureaua la gat, colegul a sunat")]
    [InlineData("someone on his wing has a blade and says hes a dead man")]
    [InlineData("ایک قیدی کے پاس چھری ہے، کہتا ہے اسے زندہ نہیں چھوڑوں گا")]
    [InlineData("dwi'n clywed rhywun yn gweiddi nad ydi o'n anadlu")]
    [InlineData("mae o wedi llyncu llwyth o paracetamol")]
    [InlineData("zadzwonił że połknął całe opakowanie paracetamolu")]
    // A beating now, told beside a quieter worry that was found first ("the line went quiet").
    [InlineData("ma nhw'n ei guro fo rwan, glywis i o'n sgrechian ar y ffon cyn i'r lein fynd yn dawel")]
    [InlineData("كان بكلمني وفجأة وقع وسمعت واحد بقول ما بتنفس")]
    [InlineData("khouya sift liya message kaygoul smhi lia a mama hadi akhir mra ghadi thdri m3aya")]
    [InlineData("الحقوني ابني لسه كلمني من السجن وقالي انه هيموت نفسه الليلادي وقفل السكة في وشي")]
    [InlineData("5ayi ba3atli msg 'sam7ouni kelkon ma 7a tshoofoni ba3d el yom' w ma 3am yrodd 3al phone")]
    [InlineData("nath o ddeud ta ta am byth wrth y plant ar y ffon heno")]
    public void Breathing_trouble_a_beating_heard_now_and_a_blow_to_the_head_with_vomiting_are_risks_to_life(string text)
    {
        var result = Route(text);
        Assert.Equal(WelfareLevel.Emergency, result.Welfare.Level);
        Assert.Equal("emergency", result.Intent);
    }

    [Theory]
    [InlineData("i had a panic attack at the gate last time, can i be searched in a room on my own")]
    [InlineData("he scares me, can you block his calls to my phone")]
    [InlineData("i got a threatening letter from the bank, can i still get help with travel costs")]
    [InlineData("my daughter is scared of dogs, will there be a sniffer dog at the visit")]
    [InlineData("he is not suicidal, just asking about visits on saturday")]
    [InlineData("czy moge dostac pomoc, mam atak paniki przy kazdym przeszukaniu")]
    [InlineData("what gets you kicked out of a visit")]
    // Paracetamol in a pocket at the search is no overdose; "el mawdoo3" (the subject) is no farewell ("الوداع").
    [InlineData("be sy'n digwydd os ma nhw'n ffeindio tabledi paracetamol yn fy mhoced yn y search")]
    [InlineData("what happens if i forget paracetamol in my coat pocket at the search")]
    [InlineData("heya 3am tes2al 3an el mawdoo3 tab3 el ziyara")]
    // "زیادتی" is unfairness here, not an assault.
    [InlineData("ہماری بکنگ تھی پھر بھی واپس بھیج دیا یہ سراسر زیادتی ہے کہاں complaint کروں")]
    [InlineData("ما بدي ابن عمي اللي بالسجن يتصل فيني بعد اليوم، كيف اوقف مكالماته")]
    [InlineData("how do i block letters from my ex in prison i dont want him knowing where i live")]
    [InlineData("grozi nam eviction odkad partner poszedl siedziec, kto pomaga z mieszkaniem")]
    // A casual Welsh "ta ta" with love is no farewell.
    [InlineData("ta ta, caru ti, wela i di dydd sadwrn")]
    [InlineData("sorry to bother you, love, bye")]
    [InlineData("thanks love, sorry for all the questions, bye")]
    [InlineData("my last message to the prison went unanswered, i love how slow this is")]
    [InlineData("مين هيكسب النهارده ليفربول ولا السيتي")]
    public void A_worrying_word_in_its_everyday_sense_is_not_a_worry(string text)
    {
        var result = Route(text);
        Assert.Equal(WelfareLevel.None, result.Welfare.Level);
        Assert.DoesNotContain(result.Intent, new[] { "concern", "emergency" });
    }

    /// <summary>
    /// A short risk word of one language is an everyday word of another: Welsh "to" (a roof) in English "stood 2 hours",
    /// Arabic "والا" (or else) in Urdu "بھیجنے والا", Polish "list" (a letter) in English "visitors list", Polish "bil"
    /// (beat) in Welsh "bil" (a bill). In its own language it is still heard.
    /// </summary>
    [Theory]
    [InlineData("stood 2 hours outside the gate in the cold, then they cancelled, i want to complain")]
    [InlineData("جیل میں پیسے بھیجنے والا لنک بھیج دیں")]
    [InlineData("is my name on his visitors list yet, i sent the form in two weeks ago and nothing")]
    [InlineData("faint ydi'r bil am y tacsi o'r orsaf")]
    public void A_short_risk_word_of_another_language_is_not_a_worry(string text) =>
        Assert.Equal(WelfareLevel.None, Route(text).Welfare.Level);

    [Theory]
    [InlineData("mae o'n sefyll ar y to ac yn deud ei fod o am neidio")]
    [InlineData("straznik go bil wczoraj w celi")]
    public void The_same_short_words_in_their_own_language_are_heard(string text) =>
        Assert.NotEqual(WelfareLevel.None, Route(text).Welfare.Level);

    [Theory]
    [InlineData("he had a panic attack after they attacked him on the wing")]
    [InlineData("the lads on his wing scare him and he wont leave his cell")]
    [InlineData("they sent him a threatening letter saying they will hurt him")]
    [InlineData("he got kicked and punched by his cellmate last night")]
    public void The_same_words_about_harm_to_him_are_still_a_worry(string text) =>
        Assert.NotEqual(WelfareLevel.None, Route(text).Welfare.Level);

    /// <summary>
    /// A risk gone by is still worth a family worker's look: with no word that he is well now, when it is as near as last
    /// week, when it is said he is not better, or when nothing else is asked.
    /// </summary>
    [Theory]
    [InlineData("he tried to kill himself years ago, how do i book a visit")]
    [InlineData("he is not suicidal but he is really low")]
    [InlineData("he says theres no point to anything but hes got no plan, im just worried")]
    [InlineData("he was stabbed last week but he is ok now, how do i book")]
    [InlineData("he self harmed last year and hes not better now, how do i book a visit")]
    [InlineData("he used to self harm but he's fine now")]
    [InlineData("a incercat sa se sinucida acum doi ani dar acum e mult mai bine")]
    [InlineData("wczoraj sie pocial, mowia ze juz jest dobrze, jak zamowic widzenie")]
    public void A_past_or_denied_risk_is_still_a_concern_not_nothing(string text)
    {
        var result = Route(text);
        Assert.Equal(WelfareLevel.Concern, result.Welfare.Level);
        Assert.Equal("concern", result.Intent);
    }

    /// <summary>
    /// "He self-harmed last year but he's fine now, thank God; how do video calls work": the family says it is over and he
    /// is well, and asks something else. Answer what they ask, with or without a question word.
    /// </summary>
    [Theory]
    [InlineData("he was stabbed last year but he is ok now, how do i book", "booking-a-visit")]
    // "Last week" is when he moved, far from the self-harm: not a recent one.
    [InlineData("he moved to chelmsford last week and i need the visiting times, he tried to hurt himself back in 2020 but hes been doing so well since", "visiting-times")]
    [InlineData("he self harmed a couple of years ago but hes loads better now, how do i send him money", "sending-money")]
    [InlineData("w zeszlym roku sie cial ale teraz jest juz dobrze, jak zamowic widzenie", "booking-a-visit")]
    [InlineData("ابني كان يجرح نفسه قبل سنتين والحين بخير الحمدلله، كيف ارسله فلوس", "sending-money")]
    public void A_risk_told_as_over_with_him_well_now_and_a_question_is_answered(string text, string intent)
    {
        var result = Route(text);
        Assert.Equal(WelfareLevel.None, result.Welfare.Level);
        Assert.Equal(intent, result.Intent);
    }

    /// <summary>
    /// A risk dated to a year gone by is past, whichever year: the content says "back in {past year}", not a list of years
    /// someone must extend each January. This year may still be now.
    /// </summary>
    [Fact]
    public void A_risk_dated_to_any_year_gone_by_is_past_and_this_year_is_not()
    {
        var lastYear = DateTime.UtcNow.Year - 1;
        Assert.Equal(WelfareLevel.Concern, Route($"he tried to hang himself back in {lastYear}").Welfare.Level);
        Assert.Equal(WelfareLevel.Concern, Route($"w {lastYear} roku probowal sie powiesic").Welfare.Level);
        Assert.Equal(WelfareLevel.Concern, Route("he tried to hang himself in 1998").Welfare.Level);
        Assert.Equal("visiting-times", Route($"he tried to hang himself in {lastYear - 3} but hes doing really well now, what time is visiting at leicester").Intent);
        Assert.Equal(WelfareLevel.Emergency, Route($"he tried to hang himself in {lastYear + 1}").Welfare.Level);
    }

    /// <summary>
    /// "He had a hard time last year but he's really well now, how do I send money": no risk word, only the ranking hears a
    /// worry in a story told as over, and a question is asked. Not when it was last week.
    /// </summary>
    [Theory]
    [InlineData("w zeszlym roku mial ciezki czas ale teraz juz jest naprawde dobrze, jak mu wyslac 20 funtow", "sending-money")]
    [InlineData("w zeszlym tygodniu mial ciezki czas ale teraz juz jest dobrze, jak mu wyslac 20 funtow", "concern")]
    public void A_hard_time_told_as_over_with_a_question_is_answered_unless_it_was_lately(string text, string intent) =>
        Assert.Equal(intent, Route(text).Intent);

    /// <summary>
    /// "He self-harmed last year, he's fine now, but I'm still worried about him; when can I visit": the worry is told
    /// after he is said to be well, so it is a worry now, not one gone by; the question waits for a family worker.
    /// </summary>
    [Theory]
    [InlineData("he self harmed last year, hes fine now but im still worried about him, when is visiting")]
    [InlineData("he told me he cuts himself sometimes at night, hes fine now but im worried about him. when is the visit?")]
    [InlineData("كان يأذي نفسه قبل سنة، هلق منيح بس انا خايفة عليه كتير، امتى الزيارة")]
    public void A_worry_told_after_he_is_said_to_be_well_is_a_worry_now(string text)
    {
        var result = Route(text);
        Assert.Equal(WelfareLevel.Concern, result.Welfare.Level);
        Assert.Equal("concern", result.Intent);
    }

    /// <summary>
    /// "He still cuts himself but he's fine now, how do I send money": self-harm said to go on is not over, however well he
    /// is said to be, so the worry is kept, not set aside for the question; "fine now" tells no time of harm, so it is not
    /// a risk to life either. A self-harm long over with him well now still has its question answered.
    /// </summary>
    [Theory]
    [InlineData("he still cuts himself but hes fine now, how do i send money", "concern")]
    [InlineData("he cuts himself sometimes, hes fine now, how do i send money", "concern")]
    [InlineData("he self harms now and then but hes fine now, how do i send money", "concern")]
    [InlineData("nadal sie tnie ale teraz jest dobrze, jak wyslac pieniadze", "concern")]
    [InlineData("inca se taie dar acum e bine, cum trimit bani", "concern")]
    [InlineData("mae o dal yn torri ei hun ond mae o'n iawn rwan, sut dw i'n anfon arian", "concern")]
    [InlineData("وہ اب بھی خود کو کاٹتا ہے لیکن اب ٹھیک ہے، پیسے کیسے بھیجوں", "concern")]
    [InlineData("لسه بيجرح نفسه بس الحين بخير، كيف ابعتله فلوس", "concern")]
    [InlineData("he self harmed last year but hes fine now, how do i send money", "sending-money")]
    public void Self_harm_that_goes_on_stays_a_worry_however_well_he_is_said_to_be(string text, string intent) =>
        Assert.Equal(intent, Route(text).Intent);

    /// <summary>
    /// Written after blind round bt: "zawji 9ali 3ando pills mkhbyin w ghadi yakhodhom kamlin lyoum" (he has pills hidden
    /// and will take them all today), a Welsh "sori mam dwi'n caru ti ta ta", a Romanian sheet around his neck are risks to
    /// life; "warna ... nahi chorenge" (or else they won't spare him) is a worry; "bas poochna tha" is only a question.
    /// </summary>
    [Theory]
    [InlineData("zawji 9ali 3ando pills mkhbyin w ghadi yakhodhom kamlin lyoum", "emergency")]
    [InlineData("mae o newydd decstio fi 'sori mam dwi'n caru ti ta ta'", "emergency")]
    [InlineData("si-a pus cearsaful de gat si nu mai raspunde", "emergency")]
    [InlineData("aaj hi 200 pound chahiye warna wing pe log usko nahi chorenge", "concern")]
    [InlineData("woh bilkul theek hai, bas poochna tha PIN phone pe kitne number dal sakte hain", "phone-calls")]
    [InlineData("أنا حامل ومعاي حبوبي، أقدر أخليها معاي جوا القاعة؟", "what-to-bring")]
    public void Hidden_pills_a_farewell_ta_ta_and_a_sheet_at_his_neck_are_risks_to_life_and_or_else_a_worry(string text, string intent) =>
        Assert.Equal(intent, Route(text).Intent);

    /// <summary>
    /// "Not responding, not breathing": a risk word that is itself a denial ("ddim yn anadlu") is denied only by a denial
    /// touching it, not by the one in front of the word before it.
    /// </summary>
    [Theory]
    [InlineData("ma fe wedi cael ei guro a dyw e ddim yn ymateb, ddim yn anadlu'n iawn")]
    [InlineData("he's been beaten up, he's not responding, not breathing properly")]
    public void Not_breathing_after_not_responding_is_a_risk_to_life(string text) =>
        Assert.Equal("emergency", Route(text).Intent);

    /// <summary>"All fine with him, nothing's wrong, I just want to know when visits are" asks about visits; it is not praise.</summary>
    [Theory]
    [InlineData("spoko wszystko u niego dobrze nic sie nie dzieje, chce tylko wiedziec o ktorej sa widzenia w niedziele", "visiting-times")]
    [InlineData("all good with him, nothing wrong, just want to know what time visits are on sunday", "visiting-times")]
    [InlineData("everything went fine at the visit and the staff were lovely, can i leave a review", "feedback")]
    public void A_reassurance_before_a_question_is_not_praise(string text, string intent) =>
        Assert.Equal(intent, Route(text).Intent);

    /// <summary>"We'll never hear from him again" is his farewell; "I never want to hear from him again" is the family's wish.</summary>
    [Theory]
    [InlineData("he said we will never hear from him again, hes had enough", "emergency")]
    [InlineData("mae o wedi deud na fyddwn ni byth yn clywed ganddo fo eto, mae o wedi cael digon", "emergency")]
    [InlineData("i never want to hear from him again, he keeps writing to me", "unwanted-contact")]
    [InlineData("sut dw i'n stopio fe rhag cysylltu gyda fi, sai ishe clywed wrtho fe byth eto", "unwanted-contact")]
    public void Never_hearing_from_him_again_is_his_farewell_or_the_familys_wish(string text, string intent) =>
        Assert.Equal(intent, Route(text).Intent);

    /// <summary>Hurt himself and nobody is coming: an injury nobody treats is 999, in any language.</summary>
    [Theory]
    [InlineData("he's cut himself and nobody is coming to him")]
    [InlineData("pocial sie i nikt do niego nie przychodzi")]
    [InlineData("mae o wedi torri ei hun a does neb yn dod")]
    public void Self_harm_that_nobody_is_coming_to_is_a_risk_to_life(string text) =>
        Assert.Equal("emergency", Route(text).Intent);

    [Theory]
    [InlineData("my husband is being bullied on the wing", "bullying")]
    [InlineData("he owes money inside and they are threatening him", "debt")]
    [InlineData("he has not eaten for days, he is not eating", "not-eating")]
    [InlineData("he always rings on sunday but has not called for two weeks", "silence")]
    [InlineData("someone is pressuring me to bring something in", "pressure-to-smuggle")]
    public void Welfare_worries_carry_their_Safer_Custody_topic(string text, string category)
    {
        var result = Route(text);
        Assert.Equal(WelfareLevel.Concern, result.Welfare.Level);
        Assert.Equal(category, result.Welfare.Category);
    }

    [Theory]
    [InlineData("i'm worried about my first visit, what happens")]
    [InlineData("i'm struggling with debt since he went inside, who can help me")]
    [InlineData("how much money can i bring in")]
    [InlineData("he keeps writing to me and i want it to stop")]
    public void Everyday_questions_do_not_raise_a_false_alarm(string text) =>
        Assert.Equal(WelfareLevel.None, Route(text).Welfare.Level);

    // The man inside threatening the family, who want the contact stopped: the Unwanted Prisoner Contact Service, not a
    // worry about him.
    [Theory]
    [InlineData("my ex keeps ringing me from jail with threats, i want his calls blocked")]
    [InlineData("mój były grozi mi w listach z więzienia, chcę żeby przestał do mnie pisać")]
    [InlineData("mă amenință la telefon din închisoare, vreau să fie blocat")]
    public void Threats_from_the_man_inside_with_a_wish_for_no_contact_ask_for_the_contact_to_stop(string text)
    {
        var result = Route(text);
        Assert.Equal(WelfareLevel.None, result.Welfare.Level);
        Assert.Equal("unwanted-contact", result.Intent);
    }

    // The family's own hardship with a request for help for themselves or the children: support, not a worry about him.
    [Theory]
    [InlineData("im on my own with the kids now hes inside and im not coping, where can i get help")]
    [InlineData("jestem sama z dziećmi i nie radzę sobie, gdzie szukać pomocy")]
    [InlineData("my daughter has nightmares since her dad went to prison, is there counselling for children")]
    public void The_familys_own_hardship_with_a_request_for_help_is_support(string text)
    {
        var result = Route(text);
        Assert.Equal(WelfareLevel.None, result.Welfare.Level);
        Assert.Equal("support-services", result.Intent);
    }

    // Words that read as worries but ask something else: a child upset since their dad went inside (support), contact lost
    // since childhood (finding him again), closed visits behind glass, a new number he cannot ring, a complaint about staff
    // to a visitor with little English.
    [Theory]
    [InlineData("my little boy wets the bed and cries since his dad went inside, who can help us", "support-services")]
    [InlineData("fiul meu plange mereu de cand tatal lui e la inchisoare, exista sprijin pentru copii", "support-services")]
    [InlineData("i lost contact with my father when i was little and hes in prison now, can you help me find him", "reestablish-contact")]
    [InlineData("nie mam kontaktu z bratem od lat, słyszałem że siedzi, jak się z nim skontaktować", "reestablish-contact")]
    [InlineData("beth yw ymweliad caeedig, oes gwydr", "visit-rules")]
    [InlineData("شو يعني زيارة مغلقة", "visit-rules")]
    [InlineData("am numar nou si nu ma mai poate suna, cum il adaug", "phone-calls")]
    [InlineData("the officer laughed at my dad because he doesnt speak english, i want to complain", "complaint")]
    public void Questions_in_worrying_words_get_the_answer_they_ask_for(string text, string intent)
    {
        var result = Route(text);
        Assert.Equal(WelfareLevel.None, result.Welfare.Level);
        Assert.Equal(intent, result.Intent);
    }

    // The man inside gone quiet, silence from someone who rings every day, a child who wants to die, a hanging planned:
    // still worries and risks to life.
    [Theory]
    [InlineData("my son inside has gone very quiet and stopped talking, is there support for him", "concern")]
    [InlineData("nie mam kontaktu z synem od tygodnia, zawsze dzwonil codziennie", "concern")]
    [InlineData("my daughter keeps crying since her dad went inside and she says she wants to die", "emergency")]
    [InlineData("closed visits now because they found drugs and he says he'll hang himself tonight", "emergency")]
    public void Worries_beside_those_words_are_still_heard(string text, string intent) =>
        Assert.Equal(intent, Route(text).Intent);

    // The same words beside a risk to him, or to the writer's own life, are still heard.
    [Theory]
    [InlineData("theyre threatening my son on the wing, i want it to stop", "concern")]
    [InlineData("a gang keeps threatening him, i dont want him having any contact with them", "concern")]
    [InlineData("he's not coping in there and he's self harming, is there any support", "concern")]
    [InlineData("my ex rings me from prison saying he'll kill himself if i block him", "emergency")]
    [InlineData("im on my own with the kids and i keep thinking about ending my life, who can help me", "emergency")]
    [InlineData("nie radzę sobie, on jest bity na oddziale, kto może pomóc", "concern")]
    [InlineData("nu mai fac față, el e bătut pe secție, cine mă poate ajuta", "concern")]
    [InlineData("fedra i ddim ymdopi, mae e'n cael ei fwlio ar yr adain, pwy all helpu", "concern")]
    [InlineData("ما عم قدر اتحمل، عم يضربوه بالجناح، مين بيساعدني", "concern")]
    [InlineData("میں سنبھال نہیں پا رہی، اسے ونگ پر مارا جا رہا ہے، کون مدد کر سکتا ہے", "concern")]
    public void Threats_to_him_and_risks_to_life_beside_those_words_are_still_heard(string text, string intent) =>
        Assert.Equal(intent, Route(text).Intent);

    [Theory]
    [InlineData("he rang, said this is his last night and asked me to take care of the kids")]
    [InlineData("forgive me, look after mum for me he said")]
    [InlineData("my brother tied his shirt around his neck and isnt answering")]
    [InlineData("they're going to stab him after dinner")]
    public void A_farewell_a_ligature_or_harm_planned_for_today_is_an_emergency(string text) =>
        Assert.Equal("emergency", Route(text).Intent);

    [Theory]
    // "And" joined to the first word of a phrase of several ("ومش بيتحرك", and not moving) still says it.
    [InlineData("كنت بكلمه فيديو وفجأة وقع ع الارض ومش بيتحرك", "emergency")]
    [InlineData("طايح على الارض وما بيستجيب", "emergency")]
    // ...but not to a phrase of one word: "I rang twice and nobody answered" is the booking line, not his silence.
    [InlineData("عندي زيارة بعد اسبوعين، كيف اثبتها؟ اتصلت مرتين وما رد حد", "booking-a-visit")]
    public void Arabic_and_joined_to_a_phrase_keeps_its_meaning(string text, string intent) =>
        Assert.Equal(intent, Route(text).Intent);

    [Theory]
    // The family's own debt ("علي ديون", on me) is theirs; "عليه دين" (on him) is his, however alike the stems.
    [InlineData("جوزي عليه دين لناس جوه", WelfareLevel.Concern)]
    [InlineData("ابني عليه ديون في السجن", WelfareLevel.Concern)]
    [InlineData("ابعتله فلوس ازاي بسرعة؟ جوزي عليه دين لناس جوه", WelfareLevel.Concern)]
    [InlineData("انا علي ديون كتير وبدي مساعدة", WelfareLevel.None)]
    public void A_debt_of_his_is_not_read_as_the_familys_own(string text, WelfareLevel level) =>
        Assert.Equal(level, Route(text).Welfare.Level);

    [Theory]
    // Medicine or food kept from him ("nobody is giving him his tablets", "they haven't given him any food") is a worry
    // for a family worker, in every language; money or canteen kept back is a question about money.
    [InlineData("he's ill and nobody is giving him his medication", "concern", "healthcare")]
    [InlineData("ابني مريض وما حدا عم يعطيه دوا", "concern", "healthcare")]
    [InlineData("mae o'n sal a neb yn rhoi tabledi iddo fo", "concern", "healthcare")]
    [InlineData("jest chory i nikt mu nie daje lekow", "concern", "healthcare")]
    [InlineData("e bolnav si nimeni nu ii da medicamentele", "concern", "healthcare")]
    [InlineData("وہ بیمار ہے اور کوئی اسے دوائی نہیں دیتا", "concern", "healthcare")]
    [InlineData("they haven't given him any food for two days", "concern", "not-eating")]
    [InlineData("nie daja mu jesc od dwoch dni", "concern", "not-eating")]
    [InlineData("nu ii dau de mancare de doua zile", "concern", "not-eating")]
    [InlineData("dydyn nhw ddim yn rhoi bwyd iddo fo", "concern", "not-eating")]
    [InlineData("I'm not giving him money for his canteen any more", "sending-money", null)]
    [InlineData("they're not giving him his canteen, can I send money", "sending-money", null)]
    public void Medicine_or_food_kept_from_him_is_a_worry_and_his_canteen_is_money(string text, string intent, string? category)
    {
        var result = Route(text);
        Assert.Equal(intent, result.Intent);
        Assert.Equal(category, result.Welfare.Category);
    }

    [Theory]
    // A denial may stand a word or two off what it denies: "nu-l ameninta nimeni" (nobody threatens him), "he's not said
    // he's going to do anything" (the cutting he told of is still a worry, but no risk to life).
    [InlineData("nu-l ameninta nimeni, e bine, cat pot sa-i trimit", "sending-money")]
    [InlineData("il ameninta colegii de celula", "concern")]
    [InlineData("he's cutting himself again, he's not said he's going to do anything but i'm scared", "concern")]
    [InlineData("he's said he's going to hang himself tonight", "emergency")]
    public void A_denial_a_word_off_still_denies(string text, string intent) =>
        Assert.Equal(intent, Route(text).Intent);

    [Theory]
    // Someone who cannot be woken may be unconscious: 999, in any words and whoever says it.
    [InlineData("they cant wake him up in his cell", "en")]
    [InlineData("my son cant wake his cellmate", "en")]
    [InlineData("kolega dzwonil, nie da sie go obudzic", "pl")]
    [InlineData("mae'r swyddogion yn methu ei ddeffro", "cy")]
    [InlineData("مش قادرين يصحوه بالزنزانة", "ar")]
    [InlineData("colegul de celula zice ca nu-l poate trezi", "ro")]
    [InlineData("wo hosh mein nahi aa raha", "ur")]
    public void Someone_who_cannot_be_woken_is_a_risk_to_life(string text, string language)
    {
        var routed = Route(text);
        Assert.Equal(("emergency", language), (routed.Intent, routed.Language));
    }

    [Theory]
    // Taking a child is a threat only from men at the door now or tonight; bringing one to a visit is a question. A
    // train from the railway station is a journey, not a height.
    [InlineData("my ex sent his mate round, hes outside my house now saying hes taking my son", "emergency")]
    [InlineData("can i take my son to the visit on saturday", "not-welfare")]
    [InlineData("pot sa iau copilul cu mine la vizita?", "not-welfare")]
    [InlineData("ہم بچوں کو سکول سے اٹھا لیں گے پھر ملاقات پر آئیں گے", "not-welfare")]
    [InlineData("ill jump on a train from the railway station, is there a bus to the prison", "not-welfare")]
    public void Taking_a_child_is_a_threat_only_at_the_door_or_tonight(string text, string expected)
    {
        var intent = Route(text).Intent;
        Assert.Equal(expected, intent is "emergency" or "concern" ? intent : "not-welfare");
    }

    [Theory]
    // A farewell or pills put by stand once told: said "yesterday" they are a risk to life today. An overdose or a cut
    // yesterday is over (staff will have seen to it) and a worry; "last year" softens either.
    [InlineData("yesterday he said goodbye to me and to tell the kids he loves them", "emergency")]
    [InlineData("he rang yesterday and said this is the last time i'll hear from him", "emergency")]
    [InlineData("baiatul mi-a scris scrisoare de ramas bun si zice ca a strans pastile, scrisoarea e de ieri", "emergency")]
    [InlineData("he took an overdose yesterday", "concern")]
    // In set words as well as in ideas: a goodbye letter, his tablets hidden, "fory" that is today.
    [InlineData("he sent me a goodbye letter yesterday", "emergency")]
    [InlineData("ddoe mi ddudodd o fydd o ddim yma fory", "emergency")]
    [InlineData("wczoraj napisal ze chowa tabletki", "emergency")]
    [InlineData("he sent me a goodbye letter years ago but he's in a good place now", "concern")]
    [InlineData("last year he wrote goodbye letters to everyone but he's doing well now, when are visits", "visiting-times")]
    public void A_farewell_told_yesterday_still_stands(string text, string intent) =>
        Assert.Equal(intent, Route(text).Intent);

    [Theory]
    // A threat to his life told with its own time of today is a risk now, though a beating beside it is gone by; a threat
    // told as gone by, with "today" saying he is fine, is not. Nor is "he said" with an everyday ending a farewell.
    [InlineData("they beat him up yesterday and now they say they will kill him today", "emergency")]
    [InlineData("ktos grozi ze zabije mojego syna dzisiaj na spacerniaku, juz go wczoraj pobili", "emergency")]
    [InlineData("they said they would kill him last year but today hes fine, when are visits", "visiting-times")]
    [InlineData("he said hes got bruises all over his back", "concern")]
    [InlineData("powiedzial ze koniec z kursem w piatek, jak mu wyslac ksiazke", "books-and-parcels")]
    [InlineData("mi-a zis ca asta e programul nou de vizite", "visiting-times")]
    public void A_threat_told_with_today_is_not_put_aside_for_a_beating_gone_by(string text, string intent) =>
        Assert.Equal(intent, Route(text).Intent);

    [Theory]
    // "Bye" with the writer's own "I'll do it tomorrow" is everyday talk; a bye with his "going to do it tonight" is a farewell.
    [InlineData("ok bye, kal phone kar lunga")]
    [InlineData("ok zrobie to jutro, pa pa")]
    [InlineData("said bye to him at the end of the visit, im going to do it again next week, how do i book")]
    public void A_bye_with_the_writers_own_plans_is_no_farewell(string text) =>
        Assert.NotEqual("emergency", Route(text).Intent);

    [Theory]
    [InlineData("he just rang and said bye to me and the kids, said hes going to do it tonight")]
    [InlineData("the men arrived today with knives outside his cell")]
    public void A_bye_with_a_plan_for_tonight_or_knives_today_is_a_risk_to_life(string text) =>
        Assert.Equal("emergency", Route(text).Intent);

    [Theory]
    // "He says his credit has run out" is no "it's all over": only an ending still to come is a farewell in Urdu.
    [InlineData("wo kehta hai uska phone credit khatam ho gaya, paise kaise bhejun", "sending-money")]
    [InlineData("وہ کہتا ہے سب کچھ ختم ہو گیا، بہت اداس ہے", "concern")]
    [InlineData("usne likha hai aaj raat ke baad main nahi rahunga", "emergency")]
    public void Something_finished_is_not_a_farewell(string text, string intent) =>
        Assert.Equal(intent, Route(text).Intent);

    [Theory]
    // On an ACCT "now" is staff watching him now, a worry, not harm being done now; a family's "I could kill him" is talk.
    [InlineData("my partner is on an ACCT now and nobody tells us anything, i'm worried sick", "concern")]
    [InlineData("my partner e pe ACCT acum si nimeni nu ne spune nimic", "concern")]
    [InlineData("he's cutting himself right now and nobody is coming", "emergency")]
    [InlineData("wat address do i write to him at, i could kill him for not telling me himself haha", "letters")]
    public void A_watch_now_is_a_worry_and_exasperation_is_talk(string text, string intent) =>
        Assert.Equal(intent, Route(text).Intent);

    [Theory]
    [InlineData("my dad keeps saying life isn't worth living, not tonight he says, he just feels that way, i'm scared for him", "concern")]
    [InlineData("tata mówi że nie ma po co żyć, nie dziś mówi, tak ogólnie, boję się o niego", "concern")]
    [InlineData("woh kehta hai jeene ka koi faida nahi, abhi kuch nahi karega", "concern")]
    [InlineData("my dad says life isn't worth living and he's doing it tonight", "emergency")]
    [InlineData("they're texting me for 200 quid or they'll beat him", "concern")]
    [InlineData("au batut-o saptamana trecuta si acum zic ca nu s-a terminat", "concern")]
    [InlineData("pichle hafte usay mara tha, ab theek hai", "concern")]
    [InlineData("usay aaj raat maar denge", "emergency")]
    // Another worry beside it ("he's crying") does not make a beating on its way now less of a risk to life.
    [InlineData("mera bhai ro raha hai, kehta hai kuch qaidi abhi uske cell ke paas khare hain aur usay maarne aa rahe hain", "emergency")]
    [InlineData("some lad has a knife and is waiting for him on the landing", "emergency")]
    [InlineData("mae gan rywun gyllell ac mae o'n aros amdano fo ar yr adain", "emergency")]
    public void Harm_said_not_to_be_for_now_or_only_threatened_is_a_worry_and_harm_about_to_happen_a_risk_to_life(string text, string intent) =>
        Assert.Equal(intent, Route(text).Intent);

    [Theory]
    [InlineData("she keeps telling me to bring something in on the visit, nobody will know she says", "concern")]
    [InlineData("يقول لي جيبي له شي بالزيارة محد بيعرف", "concern")]
    [InlineData("his voice is dead on the phone and he says he can't sleep at all", "concern")]
    [InlineData("worried i'll be late with the train, what time do visits end at littlehey", "visiting-times")]
    [InlineData("pot muta vizita pe martea viitoare", "booking-a-visit")]
    public void Pressure_to_carry_and_a_dead_voice_are_worries_and_the_familys_own_nerves_are_questions(string text, string intent) =>
        Assert.Equal(intent, Route(text).Intent);

    [Theory]
    [InlineData("the wait at the gate nearly killed me, who do i complain to", "complaint")]
    [InlineData("he says hes dying of boredom, can i send him a book", "books-and-parcels")]
    [InlineData("nan is dying and wants to see him one last time, how do i book a visit", "booking-a-visit")]
    [InlineData("mae nain yn marw ac eisiau ei weld un tro olaf, sut dw i'n trefnu ymweliad", "booking-a-visit")]
    public void Hyperbole_and_sad_news_in_an_ordinary_request_are_answered(string text, string intent)
    {
        var result = Route(text);
        Assert.Equal(WelfareLevel.None, result.Welfare.Level);
        Assert.Equal(intent, result.Intent);
    }

    [Theory]
    [InlineData("what is the capital of peru")]
    [InlineData("asdfgh qwerty")]
    [InlineData("")]
    public void Nothing_confident_means_fallback(string text) => Assert.Equal("fallback", Route(text).Intent);

    [Fact]
    public void The_runner_up_is_reported_and_close_calls_are_marked_ambiguous()
    {
        foreach (var text in new[] { "visit", "money", "times and booking", "letter or email", "how do i book and what id" })
        {
            var result = Route(text);
            Assert.True(result.Confidence >= result.RunnerUpConfidence);
            Assert.Equal(result.Ambiguous, result.Intent != "fallback" && result.Welfare.Level == WelfareLevel.None
                && result.RunnerUp != "fallback" && result.RunnerUpConfidence >= Router.FallbackThreshold
                && result.Confidence - result.RunnerUpConfidence < Router.AmbiguityMargin);
        }
    }

    [Fact]
    public void The_router_follows_content_replaced_in_the_store()
    {
        var store = new KnowledgeStore(Shared.Knowledge);
        var router = new Router(store);
        Assert.Equal("fallback", router.Route("zebra crossing marmalade", new RoutingContext()).Intent);

        var root = Shared.CopyContent();
        var path = Path.Combine(root, "en", "examples.yaml");
        File.WriteAllText(path, File.ReadAllText(path).Replace("greeting:\n", "greeting:\n  - zebra crossing marmalade\n"));
        store.Replace(KnowledgeBase.Load(root));

        Assert.Equal("greeting", router.Route("zebra crossing marmalade", new RoutingContext()).Intent);
    }

    [Fact]
    public async Task A_burst_of_messages_after_new_content_builds_the_router_once_and_every_message_is_answered()
    {
        var store = new KnowledgeStore(Shared.Knowledge);
        var router = new Router(store);
        var root = Shared.CopyContent();
        var path = Path.Combine(root, "en", "examples.yaml");
        File.WriteAllText(path, File.ReadAllText(path).Replace("greeting:\n", "greeting:\n  - zebra crossing marmalade\n"));
        store.Replace(KnowledgeBase.Load(root));

        using var start = new ManualResetEventSlim();
        var burst = Enumerable.Range(0, 16).Select(_ => Task.Run(() =>
        {
            start.Wait();
            return router.Route("what id do i need to visit", new RoutingContext()).Intent;
        })).ToList();
        start.Set();

        Assert.All(await Task.WhenAll(burst), intent => Assert.Equal("id-requirements", intent));
        Assert.Equal(1, router.Rebuilds);
        Assert.Equal("greeting", router.Route("zebra crossing marmalade", new RoutingContext()).Intent);
    }
}
