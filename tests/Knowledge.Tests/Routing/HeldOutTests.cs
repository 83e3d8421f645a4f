using System.Text.Json.Nodes;
using FamilyServices.Knowledge.Evaluation;

namespace FamilyServices.Knowledge.Tests.Routing;

/// <summary>
/// Phrasings written as families write, in all six languages, that the router never sees in training.
/// The targets are the service's: a worried parent must be understood and never missed.
/// </summary>
public class HeldOutTests
{
    private static readonly Lazy<JsonObject> Summary = new(() => Evaluate(f => !IsFresh(f) && !IsWelfare(f) && !IsUnseen(f) && !IsQuestions(f) && !IsRoman(f) && !IsRomanised(f)
        && !IsRomanisedAfter(f)));

    /// <summary>
    /// Batches written fresh, each before the router changes that followed it (*-fresh-N.tsv): the first run of each
    /// scored far lower than these floors. They hold what was reached, so a change that loses it fails.
    /// </summary>
    private static readonly Lazy<JsonObject> Fresh = new(() => Evaluate(IsFresh));

    /// <summary>
    /// Batch 7, written before the softmax layer and the examples grown to 40 per intent: it scored 0.91 (Romanian 0.85,
    /// Arabic 0.88) before them.
    /// </summary>
    private static readonly Lazy<JsonObject> Batch7 = new(() => Evaluate(f => Path.GetFileName(f).Contains("-fresh-7", StringComparison.Ordinal)));

    /// <summary>The last batch written after a blind round and held by its own test (batches 19 on).</summary>
    private const int LastFixedByKindBatch = 133;

    // Batches 12, 13 and 19 on have floors of their own, below the pooled floors of the others.
    private static bool IsFresh(string file) => Path.GetFileName(file).Contains("-fresh-", StringComparison.Ordinal) && !IsBatch(file, 12) && !IsBatch(file, 13)
        && !Enumerable.Range(19, LastFixedByKindBatch - 18).Any(batch => IsBatch(file, batch));

    /// <summary>
    /// Batch 12 (about 125 lines a language: text-speak, dialect, no diacritics, long messages with the question in the
    /// middle), written before the changes that followed it: intent ar 0.87, cy 0.89, en 0.92, pl 0.93, ro 0.94, ur 0.89.
    /// After dialect, loanword and word-form rewrites, phrasings in the everyday words for each question (none a copy or
    /// close paraphrase of these lines), long messages ranked part by part and mixed Urdu-English read as Urdu: 0.95.
    /// </summary>
    private static readonly Lazy<JsonObject> Batch12 = new(() => Evaluate(f => IsBatch(f, 12)));

    /// <summary>
    /// Batch 13 (60 lines a language), written halfway through those changes to check they generalise rather than fit
    /// batch 12: ar 0.73, cy 0.80, en 0.88, pl 0.77, ro 0.85, ur 0.80 on the router before either; at the halfway point ar
    /// 0.87, cy 0.80, en 0.87, pl 0.82, ro 0.82, ur 0.83. Its misses were then studied by kind, so the final 0.92 is not
    /// blind. Still missed: questions the welfare words take for worries ("he hasn't rung for ages").
    /// </summary>
    private static readonly Lazy<JsonObject> Batch13 = new(() => Evaluate(f => IsBatch(f, 13)));

    /// <summary>
    /// Batch 19 (25 lines a language), written after a blind set showed these kinds still answered wrongly: a man inside
    /// who keeps writing or ringing with no threat ("I want nothing to do with him", "I never want to hear from him
    /// again", read as a farewell), the family's own debts and rent with a request for help, email instead of the slow
    /// post, the Governor's address, a person who speaks the family's language, a new number for his phone list, seeing
    /// his face from abroad, worn-out trainers posted in. Before the changes that followed: intent 0.81 (ar 0.88, cy 0.76,
    /// en 0.88, pl 0.80, ro 0.68, ur 0.84), false concern 0.087. Its misses were then fixed by kind, so it is not blind.
    /// </summary>
    private static readonly Lazy<JsonObject> Batch19 = new(() => Evaluate(f => IsBatch(f, 19)));

    /// <summary>
    /// Batch 20 (32 lines a language), written after a blind set showed questions that fall between two neighbouring
    /// answers: email instead of letters and what a message costs, closed visits behind glass, fares and fuel for the
    /// journey, a child crying or gone quiet since their dad went inside, family visits at Eid and Christmas, canteen
    /// money paid online, a new number he cannot ring, a complaint about staff or a visit cancelled on arrival, a
    /// pushchair on the visit, contact lost since childhood, greetings in dialect. Before the changes that followed: intent
    /// 0.90 (ar 0.91, cy 0.88, en 0.88, pl 0.94, ro 0.84, ur 0.97), false concern 0.052. Its misses were then fixed by
    /// kind, so it is not blind.
    /// </summary>
    private static readonly Lazy<JsonObject> Batch20 = new(() => Evaluate(f => IsBatch(f, 20)));

    /// <summary>
    /// Batch 21 (about 60 lines each in Arabic and Polish, two a question), written after blind sets left them the weakest
    /// languages: Arabic in every dialect's words (and a few lines of Arabizi, Arabic in Latin letters), Polish without
    /// diacritics and mixed with English ("booking na visit", "closed visit"), long messages with the question last.
    /// Before the changes that followed: ar 0.92 (language 0.95: Arabizi read as Romanian or English), pl 0.98.
    /// </summary>
    private static readonly Lazy<JsonObject> Batch21 = new(() => Evaluate(f => IsBatch(f, 21)));

    /// <summary>
    /// Batch 22 (20 lines a language, 37 in Arabic), written after a blind set showed the family's own hardship told at
    /// length with a request for help (alone with the kids and the rent, a child who cannot sleep or cries at school since
    /// their dad went inside) answered as a worry about the man inside, and Arabic everyday questions in Maghrebi,
    /// Levantine, Gulf and Egyptian words (parking, a helpline, email instead of the post and its cost, unwanted letters,
    /// contact lost after a family row, who rings whom) answered wrongly; a few real worries check the other direction.
    /// Before the changes that followed: intent 0.90 (ar 0.78, cy 1.0, en 0.85, pl 0.95, ro 1.0, ur 0.90), false concern
    /// 0.062. Its misses were then fixed by kind, so it is not blind.
    /// </summary>
    private static readonly Lazy<JsonObject> Batch22 = new(() => Evaluate(f => IsBatch(f, 22)));

    /// <summary>
    /// Batch 23 (6 to 10 lines a language), written after a blind set (round i) showed: a beating that starts during a
    /// video call, men with a blade outside his cell saying he will not be spared today, and breathing trouble in
    /// Levantine words, all missed as risks to life; a wish never to have been born, and a beating last week "but he
    /// says he's ok now", read as risks to life; and everyday words taken for worries ("puch" for "ask" corrected to
    /// "punch", "give my opinion" read as a debt, "ma plang" for "I complain", "it's no longer possible", "buy from the
    /// canteen", "this isn't right" about a cancelled visit, a corner for the children to play). Also chat about last
    /// night's match and recipes, and Egyptian and Moroccan Arabizi read as Romanian. Round i scored 0.952 before the
    /// changes that followed (emergency recall 0.93, Arabic 0.91, Urdu 0.90); its misses were fixed by kind, so it is
    /// not blind. The welfare lines in English and Polish check the same kinds in languages round i did not miss them in.
    /// </summary>
    private static readonly Lazy<JsonObject> Batch23 = new(() => Evaluate(f => IsBatch(f, 23)));

    /// <summary>
    /// Batch 24 (2 to 5 lines a language), written after blind round j, scored on the code that followed round i, came
    /// to 0.942 (Urdu 0.89, Arabic 0.90, Romanian 0.91; emergency recall 0.95, concern recall 0.96). Its kinds: a goodbye
    /// in Roman Urdu ("khuda hafiz", "maaf kar dena", phone off now); a mention of self-harm last week in Welsh, and "he
    /// didn't write that he'd do anything" in Polish, read as risks to life; "in his last letter" read as a farewell; a
    /// man gone quiet who wants no visits missed; a cellmate who humiliates and shoves him and took his food read as a risk
    /// to life; "nobody picks up", "nobody even rang us" and a Punjabi "will they let me in" read as worries; "it's down
    /// to me" read as low mood; "I got scared" at a visit; a stranger's calls to be stopped, in Romanian and Punjabi. Its
    /// misses were fixed by kind, so it is not blind (Arabizi, round j's other weak kind, has its own file).
    /// </summary>
    private static readonly Lazy<JsonObject> Batch24 = new(() => Evaluate(f => IsBatch(f, 24)));

    /// <summary>
    /// Batch 25 (2 to 5 lines a language), written after blind round k, scored on the code that followed round j, came
    /// to 0.946 (Arabic and Welsh 0.925; emergency recall 0.93). Its kinds: a blade and a threat that they are coming
    /// for him within the hour, and "they're beating him right now" in Polish, missed as risks to life (a blade and a
    /// threat with no time stay a worry); "scared he'll do something to himself" with no time or means read as one (a worry now, a risk to life with today or tonight); the family's own
    /// eviction threat and rent debt, "all from my own pocket", "top up his canteen" and "write it down formally" read as
    /// worries; a child asking where his dad is; a worker's rudeness, a hoodie and cap, the prison's number. Its misses
    /// were fixed by kind, so it is not blind.
    /// </summary>
    private static readonly Lazy<JsonObject> Batch25 = new(() => Evaluate(f => IsBatch(f, 25)));

    /// <summary>
    /// Batch 26 (2 to 4 lines a language), written after blind round m, scored on the code that followed round k, came
    /// to 0.952 (Arabic 0.875; emergency recall 0.93). Its kinds: "takes his life tonight" in Romanian, hidden by an
    /// everyday phrase added for round i ("takes for himself from the canteen"); Moroccan "kill his head" (himself) and a
    /// Punjabi "cut his vein tonight" with a blade, missed as risks to life; "it's happened now" read as happening now;
    /// "I can't ring him", "religious books" (read as "his debt"), debts piling up on the writer, "another way to put money
    /// in his account", "buy him something to eat at the visit" read as worries; a threat to bring things in "or he'll be
    /// in trouble" in Welsh missed; the writer falling apart with a request for support. Its misses were fixed by kind, so
    /// it is not blind.
    /// </summary>
    private static readonly Lazy<JsonObject> Batch26 = new(() => Evaluate(f => IsBatch(f, 26)));

    /// <summary>
    /// Batch 27 (2 to 6 lines in five languages), written after blind round n, scored on the code that followed round m,
    /// came to 0.948 (Polish 0.925, language 0.988 for Arabizi). Its kinds: "his last night, everything prepared" in Polish
    /// missed as a risk to life; threats for a debt ("now they threaten him", "they'll beat him if he doesn't pay") read as
    /// one, while a knife with "any moment now" stays one; "the last time he rang me", "beaten yesterday, ok now" read as
    /// risks to life; "never want to hear from him again" read as a farewell in Welsh; pressure on a mother to bring things
    /// in, thoughts of cutting himself again missed; a child not coping since dad went inside, "can't manage the website",
    /// a row years ago and no answer since, coins for the vending machines read as worries. Its misses were fixed by kind,
    /// so it is not blind.
    /// </summary>
    private static readonly Lazy<JsonObject> Batch27 = new(() => Evaluate(f => IsBatch(f, 27)));

    /// <summary>
    /// Batch 28 (2 to 5 lines in four languages), written after blind round l, scored on the code that followed round n
    /// and the romanised reader, came to 0.950 with emergency and concern recall 1.0 (Welsh 0.91). Its kinds: a match's
    /// kick-off read as violence (while "it all kicked off on the wing" stays a worry); a child crying for daddy and
    /// asking where he is; "beaten last week, fine now" in Sudanese words read as a risk to life; an ex who calls every day
    /// read as silence; a cancelled visit "not acceptable", a fares scheme read as a debt, Welsh questions about booking by
    /// phone, a formal complaint and a helpline for families. Its misses were fixed by kind, so it is not blind.
    /// </summary>
    private static readonly Lazy<JsonObject> Batch28 = new(() => Evaluate(f => IsBatch(f, 28)));

    /// <summary>
    /// Batch 29 (2 to 4 lines in three languages), written after blind round o, scored on the code that followed round l,
    /// came to 0.967 (Arabic 0.91; emergency recall 0.98). Its kinds: a Sudanese razor and "cut his veins now" missed as
    /// a risk to life; Egyptian pressure to bring things in "or he'll get hurt inside" missed; "must" alone read as
    /// pressure to smuggle (a daily medicine); a child crying and refusing school since dad went inside read as a risk
    /// to life through "goes"; a cancelled visit with "no phone call" read as silence; a recipe that "doesn't come out"
    /// read as a man who does not come out of his cell (which stays a worry). Its misses were fixed by kind, so it is not
    /// blind.
    /// </summary>
    private static readonly Lazy<JsonObject> Batch29 = new(() => Evaluate(f => IsBatch(f, 29)));

    /// <summary>
    /// Batch 30 (1 to 4 lines in five languages), written after blind round p, scored on the code that followed round o,
    /// came to 0.954 (Arabic 0.925; emergency recall 0.95). Its kinds: Moroccan "drank a lot of pills at once, can't
    /// stand" and Iraqi "and can't breathe" missed as risks to life; "she didn't say she wants to die" read as one;
    /// Egyptian "wala" (or) read as "or else"; Urdu "give details" read as Arabic "the debt"; a mother sleepless with
    /// nerves, covered shoulders, the family's own rent and eviction read as worries; "nothing to wake up for" is a worry,
    /// not a farewell. Its misses were fixed by kind, so it is not blind.
    /// </summary>
    private static readonly Lazy<JsonObject> Batch30 = new(() => Evaluate(f => IsBatch(f, 30)));

    /// <summary>
    /// Batch 31 (1 to 3 lines in four languages), written after blind round q, scored on the session's last code before
    /// it, came to 0.954 with every language at 0.925 or more and emergency recall 0.95. Its kinds: Egyptian "couldn't
    /// catch his breath" and an Urdu knife held outside the cell with "he'll kill me" missed as risks to life; "beaten a
    /// week ago, no doctor until now" read as one; the family's own debts, a refund scheme for visits, "no longer works
    /// by postal order", a new SIM and number, a stranger's letters to a daughter, fear of the search dogs. Its misses
    /// were fixed by kind, so it is not blind.
    /// </summary>
    private static readonly Lazy<JsonObject> Batch31 = new(() => Evaluate(f => IsBatch(f, 31)));

    /// <summary>
    /// Batch 32 (1 or 2 lines in three languages), written after blind round r, scored on the code that followed round q,
    /// came to 0.981 (every language 0.95 or more; emergency recall 0.98, concern recall 0.98). Its kinds: "being beaten
    /// now, I heard the screaming" in Levantine words missed as a risk to life; a Welsh request to bring things in "or
    /// he's in big trouble" missed; "the kids haven't seen his face" and children staying on a video call read as
    /// worries. Its misses were fixed by kind, so it is not blind.
    /// </summary>
    private static readonly Lazy<JsonObject> Batch32 = new(() => Evaluate(f => IsBatch(f, 32)));

    private static readonly Lazy<JsonObject> Batch33 = new(() => Evaluate(f => IsBatch(f, 33)));

    private static readonly Lazy<JsonObject> Batch34 = new(() => Evaluate(f => IsBatch(f, 34)));

    private static readonly Lazy<JsonObject> Batch35 = new(() => Evaluate(f => IsBatch(f, 35)));

    private static readonly Lazy<JsonObject> Batch36 = new(() => Evaluate(f => IsBatch(f, 36)));

    private static readonly Lazy<JsonObject> Batch37 = new(() => Evaluate(f => IsBatch(f, 37)));

    private static readonly Lazy<JsonObject> Batch38 = new(() => Evaluate(f => IsBatch(f, 38)));

    private static readonly Lazy<JsonObject> Batch39 = new(() => Evaluate(f => IsBatch(f, 39)));

    private static readonly Lazy<JsonObject> Batch40 = new(() => Evaluate(f => IsBatch(f, 40)));
    private static readonly Lazy<JsonObject> Batch41 = new(() => Evaluate(f => IsBatch(f, 41)));
    private static readonly Lazy<JsonObject> Batch42 = new(() => Evaluate(f => IsBatch(f, 42)));
    private static readonly Lazy<JsonObject> Batch43 = new(() => Evaluate(f => IsBatch(f, 43)));
    private static readonly Lazy<JsonObject> Batch44 = new(() => Evaluate(f => IsBatch(f, 44)));
    private static readonly Lazy<JsonObject> Batch45 = new(() => Evaluate(f => IsBatch(f, 45)));
    private static readonly Lazy<JsonObject> Batch46 = new(() => Evaluate(f => IsBatch(f, 46)));
    private static readonly Lazy<JsonObject> Batch47 = new(() => Evaluate(f => IsBatch(f, 47)));
    private static readonly Lazy<JsonObject> Batch48 = new(() => Evaluate(f => IsBatch(f, 48)));
    private static readonly Lazy<JsonObject> Batch49 = new(() => Evaluate(f => IsBatch(f, 49)));
    private static readonly Lazy<JsonObject> Batch50 = new(() => Evaluate(f => IsBatch(f, 50)));
    private static readonly Lazy<JsonObject> Batch51 = new(() => Evaluate(f => IsBatch(f, 51)));
    private static readonly Lazy<JsonObject> Batch52 = new(() => Evaluate(f => IsBatch(f, 52)));
    private static readonly Lazy<JsonObject> Batch53 = new(() => Evaluate(f => IsBatch(f, 53)));
    private static readonly Lazy<JsonObject> Batch54 = new(() => Evaluate(f => IsBatch(f, 54)));
    private static readonly Lazy<JsonObject> Batch55 = new(() => Evaluate(f => IsBatch(f, 55)));
    private static readonly Lazy<JsonObject> Batch56 = new(() => Evaluate(f => IsBatch(f, 56)));
    private static readonly Lazy<JsonObject> Batch57 = new(() => Evaluate(f => IsBatch(f, 57)));
    private static readonly Lazy<JsonObject> Batch58 = new(() => Evaluate(f => IsBatch(f, 58)));
    private static readonly Lazy<JsonObject> Batch59 = new(() => Evaluate(f => IsBatch(f, 59)));
    private static readonly Lazy<JsonObject> Batch60 = new(() => Evaluate(f => IsBatch(f, 60)));
    private static readonly Lazy<JsonObject> Batch61 = new(() => Evaluate(f => IsBatch(f, 61)));
    private static readonly Lazy<JsonObject> Batch62 = new(() => Evaluate(f => IsBatch(f, 62)));
    private static readonly Lazy<JsonObject> Batch63 = new(() => Evaluate(f => IsBatch(f, 63)));
    private static readonly Lazy<JsonObject> Batch64 = new(() => Evaluate(f => IsBatch(f, 64)));
    private static readonly Lazy<JsonObject> Batch65 = new(() => Evaluate(f => IsBatch(f, 65)));
    private static readonly Lazy<JsonObject> Batch66 = new(() => Evaluate(f => IsBatch(f, 66)));
    private static readonly Lazy<JsonObject> Batch67 = new(() => Evaluate(f => IsBatch(f, 67)));
    private static readonly Lazy<JsonObject> Batch68 = new(() => Evaluate(f => IsBatch(f, 68)));
    private static readonly Lazy<JsonObject> Batch69 = new(() => Evaluate(f => IsBatch(f, 69)));
    private static readonly Lazy<JsonObject> Batch70 = new(() => Evaluate(f => IsBatch(f, 70)));
    private static readonly Lazy<JsonObject> Batch71 = new(() => Evaluate(f => IsBatch(f, 71)));
    private static readonly Lazy<JsonObject> Batch72 = new(() => Evaluate(f => IsBatch(f, 72)));
    private static readonly Lazy<JsonObject> Batch73 = new(() => Evaluate(f => IsBatch(f, 73)));
    private static readonly Lazy<JsonObject> Batch74 = new(() => Evaluate(f => IsBatch(f, 74)));
    private static readonly Lazy<JsonObject> Batch75 = new(() => Evaluate(f => IsBatch(f, 75)));
    private static readonly Lazy<JsonObject> Batch76 = new(() => Evaluate(f => IsBatch(f, 76)));
    private static readonly Lazy<JsonObject> Batch77 = new(() => Evaluate(f => IsBatch(f, 77)));
    private static readonly Lazy<JsonObject> Batch78 = new(() => Evaluate(f => IsBatch(f, 78)));
    private static readonly Lazy<JsonObject> Batch79 = new(() => Evaluate(f => IsBatch(f, 79)));
    private static readonly Lazy<JsonObject> Batch80 = new(() => Evaluate(f => IsBatch(f, 80)));
    private static readonly Lazy<JsonObject> Batch81 = new(() => Evaluate(f => IsBatch(f, 81)));
    private static readonly Lazy<JsonObject> Batch82 = new(() => Evaluate(f => IsBatch(f, 82)));
    private static readonly Lazy<JsonObject> Batch83 = new(() => Evaluate(f => IsBatch(f, 83)));
    private static readonly Lazy<JsonObject> Batch84 = new(() => Evaluate(f => IsBatch(f, 84)));
    private static readonly Lazy<JsonObject> Batch85 = new(() => Evaluate(f => IsBatch(f, 85)));
    private static readonly Lazy<JsonObject> Batch86 = new(() => Evaluate(f => IsBatch(f, 86)));
    private static readonly Lazy<JsonObject> Batch87 = new(() => Evaluate(f => IsBatch(f, 87)));
    private static readonly Lazy<JsonObject> Batch88 = new(() => Evaluate(f => IsBatch(f, 88)));
    private static readonly Lazy<JsonObject> Batch89 = new(() => Evaluate(f => IsBatch(f, 89)));
    private static readonly Lazy<JsonObject> Batch90 = new(() => Evaluate(f => IsBatch(f, 90)));
    private static readonly Lazy<JsonObject> Batch91 = new(() => Evaluate(f => IsBatch(f, 91)));
    private static readonly Lazy<JsonObject> Batch92 = new(() => Evaluate(f => IsBatch(f, 92)));
    private static readonly Lazy<JsonObject> Batch93 = new(() => Evaluate(f => IsBatch(f, 93)));
    private static readonly Lazy<JsonObject> Batch94 = new(() => Evaluate(f => IsBatch(f, 94)));
    private static readonly Lazy<JsonObject> Batch95 = new(() => Evaluate(f => IsBatch(f, 95)));
    private static readonly Lazy<JsonObject> Batch96 = new(() => Evaluate(f => IsBatch(f, 96)));
    private static readonly Lazy<JsonObject> Batch97 = new(() => Evaluate(f => IsBatch(f, 97)));
    private static readonly Lazy<JsonObject> Batch98 = new(() => Evaluate(f => IsBatch(f, 98)));
    private static readonly Lazy<JsonObject> Batch99 = new(() => Evaluate(f => IsBatch(f, 99)));
    private static readonly Lazy<JsonObject> Batch100 = new(() => Evaluate(f => IsBatch(f, 100)));
    private static readonly Lazy<JsonObject> Batch101 = new(() => Evaluate(f => IsBatch(f, 101)));
    private static readonly Lazy<JsonObject> Batch102 = new(() => Evaluate(f => IsBatch(f, 102)));
    private static readonly Lazy<JsonObject> Batch103 = new(() => Evaluate(f => IsBatch(f, 103)));
    private static readonly Lazy<JsonObject> Batch104 = new(() => Evaluate(f => IsBatch(f, 104)));
    private static readonly Lazy<JsonObject> Batch105 = new(() => Evaluate(f => IsBatch(f, 105)));
    private static readonly Lazy<JsonObject> Batch106 = new(() => Evaluate(f => IsBatch(f, 106)));
    private static readonly Lazy<JsonObject> Batch107 = new(() => Evaluate(f => IsBatch(f, 107)));
    private static readonly Lazy<JsonObject> Batch108 = new(() => Evaluate(f => IsBatch(f, 108)));
    private static readonly Lazy<JsonObject> Batch109 = new(() => Evaluate(f => IsBatch(f, 109)));
    private static readonly Lazy<JsonObject> Batch110 = new(() => Evaluate(f => IsBatch(f, 110)));
    private static readonly Lazy<JsonObject> Batch111 = new(() => Evaluate(f => IsBatch(f, 111)));
    private static readonly Lazy<JsonObject> Batch112 = new(() => Evaluate(f => IsBatch(f, 112)));
    private static readonly Lazy<JsonObject> Batch113 = new(() => Evaluate(f => IsBatch(f, 113)));
    private static readonly Lazy<JsonObject> Batch114 = new(() => Evaluate(f => IsBatch(f, 114)));
    private static readonly Lazy<JsonObject> Batch115 = new(() => Evaluate(f => IsBatch(f, 115)));
    private static readonly Lazy<JsonObject> Batch116 = new(() => Evaluate(f => IsBatch(f, 116)));
    private static readonly Lazy<JsonObject> Batch117 = new(() => Evaluate(f => IsBatch(f, 117)));
    private static readonly Lazy<JsonObject> Batch118 = new(() => Evaluate(f => IsBatch(f, 118)));
    private static readonly Lazy<JsonObject> Batch119 = new(() => Evaluate(f => IsBatch(f, 119)));
    private static readonly Lazy<JsonObject> Batch120 = new(() => Evaluate(f => IsBatch(f, 120)));
    private static readonly Lazy<JsonObject> Batch121 = new(() => Evaluate(f => IsBatch(f, 121)));
    private static readonly Lazy<JsonObject> Batch122 = new(() => Evaluate(f => IsBatch(f, 122)));
    private static readonly Lazy<JsonObject> Batch123 = new(() => Evaluate(f => IsBatch(f, 123)));
    private static readonly Lazy<JsonObject> Batch124 = new(() => Evaluate(f => IsBatch(f, 124)));
    private static readonly Lazy<JsonObject> Batch125 = new(() => Evaluate(f => IsBatch(f, 125)));
    private static readonly Lazy<JsonObject> Batch126 = new(() => Evaluate(f => IsBatch(f, 126)));
    private static readonly Lazy<JsonObject> Batch127 = new(() => Evaluate(f => IsBatch(f, 127)));
    private static readonly Lazy<JsonObject> Batch128 = new(() => Evaluate(f => IsBatch(f, 128)));
    private static readonly Lazy<JsonObject> Batch129 = new(() => Evaluate(f => IsBatch(f, 129)));
    private static readonly Lazy<JsonObject> Batch130 = new(() => Evaluate(f => IsBatch(f, 130)));
    private static readonly Lazy<JsonObject> Batch131 = new(() => Evaluate(f => IsBatch(f, 131)));
    private static readonly Lazy<JsonObject> Batch132 = new(() => Evaluate(f => IsBatch(f, 132)));
    private static readonly Lazy<JsonObject> Batch133 = new(() => Evaluate(f => IsBatch(f, 133)));

    /// <summary>
    /// Roman Urdu ("mera beta jail mein hai, mulaqat ka time kya hai"), written with batch 21: before the changes that
    /// followed, no line was read as Urdu (English, Romanian or Welsh instead) and intent was 0.40.
    /// </summary>
    private static readonly Lazy<JsonObject> Roman = new(() => Evaluate(IsRoman));

    private static bool IsRoman(string file) => Path.GetFileName(file).Contains("-roman-", StringComparison.Ordinal) && !IsRomanised(file) && !IsRomanisedAfter(file);

    /// <summary>
    /// Batch 24: Arabizi in every dialect (Egyptian, Levantine, Gulf, Iraqi, Moroccan; 63 lines, 8 worries and 6 risks to
    /// life) and Roman Urdu and Punjabi (43 lines, 6 and 5), written before the romanised reader, which reads a Latin word
    /// by its sounds as a word of the language's content. Before it: Arabizi intent 0.33 (language 0.68, emergency recall
    /// 0, concern recall 0.29), Roman Urdu 0.88 (language 0.91, emergency recall 0.6). Its misses were then studied, so it
    /// is not blind.
    /// </summary>
    private static readonly Lazy<JsonObject> Romanised = new(() => Evaluate(IsRomanised));

    private static bool IsRomanised(string file) => Path.GetFileName(file) is var name
        && (name.Contains("-arabizi-24.", StringComparison.Ordinal) || name.Contains("-roman-24.", StringComparison.Ordinal));

    /// <summary>
    /// Batch 25 (20 lines of Arabizi, 10 of Roman Urdu and Punjabi), written after the romanised reader and left untuned:
    /// intent 0.47 (language 0.83, emergency recall 0.2) on the router before it, 0.80 (1.0, 0.8) with it. Missed: a
    /// "took all his medicine at once" whose "dawa" has too few consonants left to be read.
    /// </summary>
    private static readonly Lazy<JsonObject> RomanisedAfter = new(() => Evaluate(IsRomanisedAfter));

    private static bool IsRomanisedAfter(string file) => Path.GetFileName(file) is var name
        && (name.Contains("-arabizi-25.", StringComparison.Ordinal) || name.Contains("-roman-25.", StringComparison.Ordinal));

    private static bool IsBatch(string file, int batch) => Path.GetFileName(file).Contains($"-fresh-{batch}.", StringComparison.Ordinal);

    /// <summary>
    /// Worries put indirectly (hopelessness, farewells, threats in slang, silence, being made to carry) and questions
    /// that use worrying words ("can I bring his medication in"), written before the welfare changes that followed
    /// them (*-welfare-N.tsv). Batch 7 first scored emergency recall 0.38 and concern recall 0.65; batch 8, written
    /// after the batch-7 changes, 0.27 and 0.67; batch 9, after the batch-8 changes, 0.57 and 0.65; batch 10, physical
    /// risks (a blade, a fire in the cell, bleeding with nobody coming), before the welfare phrasings grew to about 80 per
    /// language, 0.45 and 0.62. Only welfare is held here: their question lines use worrying words on purpose, so
    /// their intents are hard.
    /// </summary>
    private static readonly Lazy<JsonObject> Welfare = new(() => Evaluate(f => IsWelfare(f) && !IsLaterWelfare(f)));

    private static bool IsWelfare(string file) => Path.GetFileName(file).Contains("-welfare-", StringComparison.Ordinal);

    /// <summary>
    /// Batch 12 (20 risks to life, 20 worries and 30 questions that use worrying words or feelings per language) was
    /// written before its changes, without looking at the welfare phrasings: it first scored emergency recall 0.90,
    /// concern recall 0.967, false concern 0.117 and intent 0.867. Batch 13 (12, 12 and 15 per language), written after
    /// the batch-12 changes to check that they generalise, scored the same before and after them (0.75, 0.917, 0.10,
    /// 0.80): they did not. Batch 14 (5, 5 and 6 per language), written after the batch-13 changes (slang beatings now,
    /// planned stabbings, fits, farewell letters, the family's own feelings and medication, a wider window for risks to
    /// life), scored 0.67, 0.93, 0.083 and 0.76. Each batch's misses were then fixed by kind, so none is blind any more:
    /// after, batch 12 1.0, 1.0, 0.017, 0.938; batch 13 1.0, 1.0, 0.022, 0.927; batch 14 1.0, 1.0, 0.028, 0.896.
    /// Batch 15 (25 per language: threats from the man inside with a wish for no contact, hyperbole about the visit, the
    /// family's own hardship, farewells and ligatures, sad news in ordinary requests), written before the "instead" rules,
    /// first scored 0.857, 0.944, 0.292 and 0.713; after them 1.0, 1.0, 0.0 and 0.96 (its misses since studied). Batch 16
    /// (7 to 10 per language), written after them to check they generalise, scored 0.923, 1.0, 0.154 and 0.80; after a
    /// few more words for the same ideas (a support group, a farewell told as "he is sorry for everything") 1.0, 1.0,
    /// 0.115 and 0.84. Still missed there: a dying father who wants one more visit (the ranking, not a welfare word), "he
    /// will kill me" in Arabic (compared by stem, it is "he will kill him": a risk to life, which is the safer mistake).
    /// Batch 17 (39 lines: found hanging, a shank at lunch, "he'll beat me when he's out, no contact", the family's bills),
    /// written after batch 16's changes, scored 0.905, 1.0, 0.056 and 0.923; after its words were added, 1.0 on all.
    /// </summary>
    private static readonly Lazy<JsonObject> LaterWelfare = new(() => Evaluate(IsLaterWelfare));

    private static bool IsLaterWelfare(string file) =>
        Path.GetFileName(file) is var name && (name.Contains("-welfare-12", StringComparison.Ordinal) || name.Contains("-welfare-13", StringComparison.Ordinal)
            || name.Contains("-welfare-14", StringComparison.Ordinal) || IsBatch15(file) || name.Contains("-welfare-16", StringComparison.Ordinal)
            || name.Contains("-welfare-17", StringComparison.Ordinal) || IsBatch18(file) || IsWelfareBatch19(file) || IsWelfareBatch20(file));

    /// <summary>
    /// Batch 18 (20 lines a language: hopelessness with no means, plan, farewell or time, a beating last week, cuts to
    /// the arms told as a habit, a debt threat, neglected medication and low mood, which are worries; the same
    /// hopelessness with a rope or a farewell, breathing trouble and harm happening now, which are risks to life; and
    /// ordinary questions), written before the severity changes that followed: intent 0.758, emergency recall 0.967, 24
    /// worries answered as risks to life. After them: 0.983, 1.0, none. Not blind any more: its misses were studied.
    /// </summary>
    private static readonly Lazy<JsonObject> Batch18 = new(() => Evaluate(IsBatch18));

    private static bool IsBatch18(string file) => Path.GetFileName(file).Contains("-welfare-18", StringComparison.Ordinal);

    /// <summary>
    /// Welfare batch 19 (25 lines a language, Roman Urdu among them), written after a blind set showed these kinds still
    /// wrong: hopelessness said not to be for tonight ("not right now he says"), a beating that is over with the face still
    /// swollen, a past beating with "it's not over, they've got their eye on him", debts inside with threats to beat him
    /// unless the family pays, which are worries; pressure to bring things in ("he says nobody checks", a stranger asks)
    /// and a dead voice, no laughter, no sleep, which were missed; a weapon with someone waiting for him, a beating now,
    /// "they will kill him tonight", hoarded pills with farewell letters, which are risks to life; and nerves about the
    /// visit, the search of a headscarf or being late, which are questions. Before the changes that followed: intent
    /// 0.827 (ar 0.84, cy 0.92, en 0.96, pl 0.84, ro 0.92, ur 0.48), emergency recall 0.861, concern recall 0.875, false
    /// concern 0.067. After: 0.98 (ur 0.92), 1.0, 1.0, 0.033. Its misses were studied, so it is not blind any more.
    /// </summary>
    private static readonly Lazy<JsonObject> WelfareBatch19 = new(() => Evaluate(IsWelfareBatch19));

    private static bool IsWelfareBatch19(string file) => Path.GetFileName(file).Contains("-welfare-19", StringComparison.Ordinal);

    /// <summary>
    /// Welfare batch 20 (10 lines a language), written after batch 19's changes to check they generalise: it scored intent
    /// 0.683, emergency recall 0.667 (stamping on his head with no officer coming, a jump from the railings in Roman Urdu),
    /// concern recall 0.896, false concern 0. After the words for those kinds (its misses studied, so no longer blind):
    /// 0.90, 1.0, 1.0, 0. Still missed: "I get nervous on visits, can I bring a friend" answered as what to bring, first
    /// visit or children visiting (the ranking, not a welfare word).
    /// </summary>
    private static readonly Lazy<JsonObject> WelfareBatch20 = new(() => Evaluate(IsWelfareBatch20));

    private static bool IsWelfareBatch20(string file) => Path.GetFileName(file).Contains("-welfare-20", StringComparison.Ordinal);

    private static bool IsBatch15(string file) => Path.GetFileName(file).Contains("-welfare-15", StringComparison.Ordinal);

    private static readonly Lazy<JsonObject> Batch15 = new(() => Evaluate(IsBatch15));

    /// <summary>
    /// Two rounds written by someone who never saw the router or its phrasings (*-unseen-a.tsv, *-unseen-b.tsv), first
    /// run on 2026-11-22 before that day's changes: round a scored intent 0.82, emergency recall 0.75, concern recall
    /// 0.875, false concern 0.031; round b 0.71, 0.46, 0.69 and 0.049. After the changes (measured once, not tuned on):
    /// round a 0.89, 0.94, 0.975, 0.042; round b 0.84, 0.90, 0.92, 0.063. Then Arabic dialect words, phrasings for the
    /// kinds of question they missed (not their lines) and the nearest phrasing weighed more: intent 0.87 -> 0.92 pooled,
    /// no longer blind for those kinds. Round b's risks to life were described in a
    /// brief for the welfare phrasings, so its welfare figures are no longer blind. Both fall short of the service's
    /// targets: these floors keep what was reached while the gap is closed.
    /// </summary>
    private static readonly Lazy<JsonObject> Unseen = new(() => Evaluate(IsUnseen));

    private static bool IsUnseen(string file) => Path.GetFileName(file).Contains("-unseen-", StringComparison.Ordinal);

    /// <summary>
    /// Ordinary questions that use a worrying word or mention a person ("i get panicky when they search me, can a woman
    /// do it", "he keeps ringing me and it scares me, can you block him", "my nephew is 16, can he visit on his own"),
    /// 20 per language, and 5 real worries each (*-questions-11.tsv), written before the precision changes that
    /// followed: they first scored false concern 0.29 and concern recall 0.90, then 0.067 and 0.90. Their intents
    /// are hard on purpose (intent accuracy 0.63, then 0.68), so only welfare is held here.
    /// </summary>
    private static readonly Lazy<JsonObject> Questions = new(() => Evaluate(IsQuestions));

    private static bool IsQuestions(string file) => Path.GetFileName(file).Contains("-questions-", StringComparison.Ordinal);

    private static JsonObject Evaluate(Func<string, bool> include)
    {
        var folder = Path.Combine(AppContext.BaseDirectory, "Routing", "HeldOut");
        var combined = Path.Combine(Path.GetTempPath(), "heldout-" + Guid.NewGuid().ToString("N") + ".tsv");
        var lines = Directory.GetFiles(folder, "*.tsv").Where(include).Order().SelectMany(f => File.ReadLines(f).Skip(1));
        File.WriteAllLines(combined, lines.Prepend("lang\ttext\tintent"));
        var output = new StringWriter();
        EvalCommand.Run([combined], output, Shared.Router);
        var last = output.ToString().TrimEnd().Split('\n')[^1];
        return JsonNode.Parse(last)!.AsObject();
    }

    [Fact]
    public void Held_out_sets_are_large_and_cover_every_language()
    {
        foreach (var (summary, size) in new[] { (Summary.Value, 1420), (Fresh.Value, 1740), (Batch7.Value, 360) })
        {
            Assert.True(summary["total"]!.GetValue<int>() >= size);
            var byLanguage = summary["by_language"]!.AsObject();
            Assert.Equal(["ar", "cy", "en", "pl", "ro", "ur"], byLanguage.Select(p => p.Key).Order());
        }
    }

    [Fact]
    public void Intents_are_understood() =>
        Assert.True(Summary.Value["intent_accuracy"]!.GetValue<double>() >= 0.95, Summary.Value.ToJsonString());

    [Fact]
    public void Every_language_is_understood()
    {
        foreach (var (language, accuracy) in Summary.Value["by_language"]!.AsObject())
        {
            Assert.True(accuracy!.GetValue<double>() >= 0.94, $"{language}: {accuracy}");
        }
    }

    [Fact]
    public void Languages_are_recognised() =>
        Assert.True(Summary.Value["language_accuracy"]!.GetValue<double>() >= 0.98, Summary.Value.ToJsonString());

    [Fact]
    public void No_emergency_is_missed() =>
        Assert.Equal(1.0, Summary.Value["emergency_recall"]!.GetValue<double>());

    [Fact]
    public void Worries_are_caught_without_crying_wolf()
    {
        Assert.True(Summary.Value["concern_recall"]!.GetValue<double>() >= 0.98, Summary.Value.ToJsonString());
        Assert.True(Summary.Value["false_concern_rate"]!.GetValue<double>() <= 0.03, Summary.Value.ToJsonString());
    }

    [Fact]
    public void Fresh_batches_keep_what_was_reached()
    {
        var fresh = Fresh.Value;
        Assert.True(fresh["intent_accuracy"]!.GetValue<double>() >= 0.96, fresh.ToJsonString());
        foreach (var (language, accuracy) in fresh["by_language"]!.AsObject())
        {
            Assert.True(accuracy!.GetValue<double>() >= 0.95, $"{language}: {accuracy}");
        }

        Assert.True(fresh["language_accuracy"]!.GetValue<double>() >= 0.99, fresh.ToJsonString());
    }

    [Fact]
    public void Batch_seven_is_understood_in_every_language()
    {
        var batch = Batch7.Value;
        Assert.True(batch["intent_accuracy"]!.GetValue<double>() >= 0.95, batch.ToJsonString());
        foreach (var (language, accuracy) in batch["by_language"]!.AsObject())
        {
            Assert.True(accuracy!.GetValue<double>() >= 0.93, $"{language}: {accuracy}");
        }

        Assert.True(batch["language_accuracy"]!.GetValue<double>() >= 0.99, batch.ToJsonString());
    }

    [Fact]
    public void Fresh_batches_catch_worries_told_in_new_words()
    {
        var fresh = Fresh.Value;
        Assert.Equal(1.0, fresh["emergency_recall"]!.GetValue<double>());
        Assert.True(fresh["concern_recall"]!.GetValue<double>() >= 0.99, fresh.ToJsonString());
        Assert.True(fresh["false_concern_rate"]!.GetValue<double>() <= 0.015, fresh.ToJsonString());
    }

    [Fact]
    public void Welfare_batches_catch_worries_put_indirectly()
    {
        var welfare = Welfare.Value;
        Assert.True(welfare["total"]!.GetValue<int>() >= 480, welfare.ToJsonString());
        Assert.Equal(1.0, welfare["emergency_recall"]!.GetValue<double>());
        Assert.True(welfare["concern_recall"]!.GetValue<double>() >= 0.975, welfare.ToJsonString());

        // Questions with worrying words: 0.115 before everyday phrases ("a threatening letter about my rent", "scared of
        // the dogs") stopped being read for risk, 0.037 after.
        Assert.True(welfare["false_concern_rate"]!.GetValue<double>() <= 0.04, welfare.ToJsonString());
    }

    [Fact]
    public void Phrasings_written_blind_keep_what_was_reached()
    {
        var unseen = Unseen.Value;
        Assert.True(unseen["total"]!.GetValue<int>() >= 970, unseen.ToJsonString());
        Assert.True(unseen["intent_accuracy"]!.GetValue<double>() >= 0.91, unseen.ToJsonString());
        foreach (var (language, accuracy) in unseen["by_language"]!.AsObject())
        {
            Assert.True(accuracy!.GetValue<double>() >= 0.89, $"{language}: {accuracy}");
        }

        Assert.True(unseen["language_accuracy"]!.GetValue<double>() >= 0.99, unseen.ToJsonString());
        Assert.True(unseen["emergency_recall"]!.GetValue<double>() >= 0.91, unseen.ToJsonString());
        Assert.True(unseen["concern_recall"]!.GetValue<double>() >= 0.94, unseen.ToJsonString());
        // 0.052 before the precision changes that followed the questions batch, 0.019 after.
        Assert.True(unseen["false_concern_rate"]!.GetValue<double>() <= 0.025, unseen.ToJsonString());
    }

    [Fact]
    public void Questions_with_worrying_words_are_answered_and_worries_still_caught()
    {
        var questions = Questions.Value;
        Assert.True(questions["total"]!.GetValue<int>() >= 150, questions.ToJsonString());
        Assert.Equal(["ar", "cy", "en", "pl", "ro", "ur"], questions["by_language"]!.AsObject().Select(p => p.Key).Order());
        // Still missed: "a man keeps messaging me that I must take something in for my son" (pressure to smuggle, in
        // ar, pl, ro and ur) and a child crying every night since her dad went in, asking for someone to talk to.
        Assert.True(questions["false_concern_rate"]!.GetValue<double>() <= 0.085, questions.ToJsonString());
        Assert.True(questions["concern_recall"]!.GetValue<double>() >= 0.86, questions.ToJsonString());
    }

    [Fact]
    public void Batches_twelve_and_thirteen_keep_what_was_reached()
    {
        var batches = new[]
        {
            (Batch12.Value, 0.95, new Dictionary<string, double> { ["ar"] = 0.94, ["cy"] = 0.94, ["en"] = 0.94, ["pl"] = 0.96, ["ro"] = 0.95, ["ur"] = 0.93 }),
            (Batch13.Value, 0.91, new Dictionary<string, double> { ["ar"] = 0.98, ["cy"] = 0.91, ["en"] = 0.91, ["pl"] = 0.86, ["ro"] = 0.90, ["ur"] = 0.94 }),
        };
        foreach (var (batch, overall, floors) in batches)
        {
            Assert.True(batch["intent_accuracy"]!.GetValue<double>() >= overall, batch.ToJsonString());
            Assert.Equal(floors.Keys.Order(), batch["by_language"]!.AsObject().Select(p => p.Key).Order());
            foreach (var (language, accuracy) in batch["by_language"]!.AsObject())
            {
                Assert.True(accuracy!.GetValue<double>() >= floors[language], $"{language}: {accuracy}");
            }

            Assert.True(batch["language_accuracy"]!.GetValue<double>() >= 0.99, batch.ToJsonString());
            Assert.True(batch["false_concern_rate"]!.GetValue<double>() <= 0.02, batch.ToJsonString());
        }
    }

    [Fact]
    public void Later_welfare_batches_catch_risks_put_indirectly_without_crying_wolf()
    {
        var welfare = LaterWelfare.Value;
        Assert.True(welfare["total"]!.GetValue<int>() >= 1310, welfare.ToJsonString());
        Assert.Equal(["ar", "cy", "en", "pl", "ro", "ur"], welfare["by_language"]!.AsObject().Select(p => p.Key).Order());
        Assert.Equal(1.0, welfare["emergency_recall"]!.GetValue<double>());
        Assert.Equal(1.0, welfare["concern_recall"]!.GetValue<double>());

        // Still answered as worries: "I'm worried about what to wear", a daughter crying every night since her dad went
        // in, the children scared of the dogs: the ranking, not a welfare word, hears them as worries.
        Assert.True(welfare["false_concern_rate"]!.GetValue<double>() <= 0.018, welfare.ToJsonString());
        Assert.True(welfare["intent_accuracy"]!.GetValue<double>() >= 0.925, welfare.ToJsonString());
    }

    [Fact]
    public void What_is_asked_instead_of_a_worry_is_answered_in_every_language()
    {
        var batch = Batch15.Value;
        Assert.Equal(["ar", "cy", "en", "pl", "ro", "ur"], batch["by_language"]!.AsObject().Select(p => p.Key).Order());
        Assert.Equal(1.0, batch["emergency_recall"]!.GetValue<double>());
        Assert.Equal(1.0, batch["concern_recall"]!.GetValue<double>());
        Assert.True(batch["false_concern_rate"]!.GetValue<double>() <= 0.01, batch.ToJsonString());
        Assert.True(batch["intent_accuracy"]!.GetValue<double>() >= 0.94, batch.ToJsonString());
        foreach (var (language, accuracy) in batch["by_language"]!.AsObject())
        {
            // Still missed: "the kids were dying of thirst, can we bring water" (the children's answer, in four
            // languages), a Welsh complaint about a remark made during the search, roman Urdu read as another language.
            Assert.True(accuracy!.GetValue<double>() >= 0.88, $"{language}: {accuracy}");
        }
    }

    [Fact]
    public void Hopelessness_and_harm_that_is_over_are_worries_and_risks_to_life_stay_emergencies()
    {
        var batch = Batch18.Value;
        Assert.Equal(["ar", "cy", "en", "pl", "ro", "ur"], batch["by_language"]!.AsObject().Select(p => p.Key).Order());
        Assert.Equal(1.0, batch["emergency_recall"]!.GetValue<double>());
        Assert.Equal(1.0, batch["concern_recall"]!.GetValue<double>());

        // A worry answered as a risk to life, or the reverse, is an intent miss: 0.758 before, 0.983 after (the two
        // left are ID questions ranked as visiting times and first visit).
        Assert.True(batch["intent_accuracy"]!.GetValue<double>() >= 0.975, batch.ToJsonString());
        foreach (var (language, accuracy) in batch["by_language"]!.AsObject())
        {
            Assert.True(accuracy!.GetValue<double>() >= 0.95, $"{language}: {accuracy}");
        }
    }

    [Fact]
    public void Worries_said_not_to_be_for_now_are_worries_and_pressure_and_low_mood_are_heard()
    {
        var batch = WelfareBatch19.Value;
        Assert.Equal(["ar", "cy", "en", "pl", "ro", "ur"], batch["by_language"]!.AsObject().Select(p => p.Key).Order());
        Assert.Equal(1.0, batch["emergency_recall"]!.GetValue<double>());
        Assert.Equal(1.0, batch["concern_recall"]!.GetValue<double>());

        // Still answered as a worry: Roman Urdu "worried I'll be late because of the bus" ("fikar hai ... late").
        Assert.True(batch["false_concern_rate"]!.GetValue<double>() <= 0.034, batch.ToJsonString());
        Assert.True(batch["intent_accuracy"]!.GetValue<double>() >= 0.97, batch.ToJsonString());
        foreach (var (language, accuracy) in batch["by_language"]!.AsObject())
        {
            Assert.True(accuracy!.GetValue<double>() >= 0.9, $"{language}: {accuracy}");
        }

        var after = WelfareBatch20.Value;
        Assert.Equal(1.0, after["emergency_recall"]!.GetValue<double>());
        Assert.Equal(1.0, after["concern_recall"]!.GetValue<double>());
        Assert.True(after["false_concern_rate"]!.GetValue<double>() <= 0.01, after.ToJsonString());
        Assert.True(after["intent_accuracy"]!.GetValue<double>() >= 0.88, after.ToJsonString());
    }

    [Fact]
    public void Questions_that_sound_like_worries_are_answered_in_every_language()
    {
        var batch = Batch19.Value;
        Assert.Equal(["ar", "cy", "en", "pl", "ro", "ur"], batch["by_language"]!.AsObject().Select(p => p.Key).Order());
        Assert.True(batch["intent_accuracy"]!.GetValue<double>() >= 0.98, batch.ToJsonString());
        foreach (var (language, accuracy) in batch["by_language"]!.AsObject())
        {
            Assert.True(accuracy!.GetValue<double>() >= 0.96, $"{language}: {accuracy}");
        }

        Assert.True(batch["language_accuracy"]!.GetValue<double>() >= 0.99, batch.ToJsonString());
        Assert.True(batch["false_concern_rate"]!.GetValue<double>() <= 0.01, batch.ToJsonString());
    }

    [Fact]
    public void Arabic_dialects_and_colloquial_Polish_are_understood()
    {
        var batch = Batch21.Value;
        Assert.Equal(["ar", "pl"], batch["by_language"]!.AsObject().Select(p => p.Key).Order());
        Assert.True(batch["intent_accuracy"]!.GetValue<double>() >= 0.96, batch.ToJsonString());
        foreach (var (language, accuracy) in batch["by_language"]!.AsObject())
        {
            Assert.True(accuracy!.GetValue<double>() >= 0.95, $"{language}: {accuracy}");
        }

        Assert.Equal(1.0, batch["language_accuracy"]!.GetValue<double>());
        Assert.Equal(1.0, batch["emergency_recall"]!.GetValue<double>());
        Assert.Equal(1.0, batch["concern_recall"]!.GetValue<double>());
    }

    [Fact]
    public void Urdu_in_Latin_letters_is_answered_in_Urdu()
    {
        var roman = Roman.Value;
        Assert.True(roman["language_accuracy"]!.GetValue<double>() >= 0.98, roman.ToJsonString());
        Assert.True(roman["intent_accuracy"]!.GetValue<double>() >= 0.9, roman.ToJsonString());
        Assert.Equal(1.0, roman["emergency_recall"]!.GetValue<double>());
        Assert.Equal(1.0, roman["concern_recall"]!.GetValue<double>());
    }

    [Fact]
    public void Questions_between_two_neighbouring_answers_get_the_one_asked_for_in_every_language()
    {
        var batch = Batch20.Value;
        Assert.Equal(["ar", "cy", "en", "pl", "ro", "ur"], batch["by_language"]!.AsObject().Select(p => p.Key).Order());
        Assert.True(batch["intent_accuracy"]!.GetValue<double>() >= 0.98, batch.ToJsonString());
        foreach (var (language, accuracy) in batch["by_language"]!.AsObject())
        {
            Assert.True(accuracy!.GetValue<double>() >= 0.96, $"{language}: {accuracy}");
        }

        Assert.True(batch["language_accuracy"]!.GetValue<double>() >= 0.99, batch.ToJsonString());
        // A child's distress, contact lost long ago or a number that changed is not a worry about the man inside.
        Assert.True(batch["false_concern_rate"]!.GetValue<double>() <= 0.01, batch.ToJsonString());
    }

    [Fact]
    public void The_familys_own_hardship_with_a_request_for_help_and_Arabic_everyday_questions_are_answered()
    {
        var batch = Batch22.Value;
        Assert.Equal(["ar", "cy", "en", "pl", "ro", "ur"], batch["by_language"]!.AsObject().Select(p => p.Key).Order());
        Assert.True(batch["intent_accuracy"]!.GetValue<double>() >= 0.98, batch.ToJsonString());
        foreach (var (language, accuracy) in batch["by_language"]!.AsObject())
        {
            Assert.True(accuracy!.GetValue<double>() >= 0.95, $"{language}: {accuracy}");
        }

        Assert.Equal(1.0, batch["language_accuracy"]!.GetValue<double>());
        // The man inside's own distress and threats stay worries; the family's own need for help is not one.
        Assert.Equal(1.0, batch["emergency_recall"]!.GetValue<double>());
        Assert.Equal(1.0, batch["concern_recall"]!.GetValue<double>());
        Assert.True(batch["false_concern_rate"]!.GetValue<double>() <= 0.01, batch.ToJsonString());
    }

    [Fact]
    public void Batch_23_hears_risks_to_life_told_indirectly_and_lets_everyday_words_be() => AssertFixedByKind(Batch23.Value, ["ar", "cy", "en", "pl", "ro", "ur"], 0.97, answersEveryOffTopic: true);

    [Fact]
    public void Batch_24_hears_farewells_in_roman_urdu_and_keeps_what_is_over_or_denied_a_worry() => AssertFixedByKind(Batch24.Value, ["ar", "cy", "en", "pl", "ro", "ur"], 0.94);

    [Fact]
    public void Batch_25_hears_a_threat_with_a_time_and_leaves_something_to_himself_without_one_a_worry() => AssertFixedByKind(Batch25.Value, ["ar", "cy", "en", "pl", "ro", "ur"], 0.95);

    [Fact]
    public void Batch_26_hears_taking_his_life_tonight_in_every_wording_and_lets_everyday_money_and_books_be() => AssertFixedByKind(Batch26.Value, ["ar", "cy", "en", "pl", "ro", "ur"], 0.94);

    [Fact]
    public void Batch_27_keeps_a_threat_for_a_debt_a_worry_and_hears_a_last_night_with_everything_prepared() => AssertFixedByKind(Batch27.Value, ["ar", "cy", "en", "pl", "ro"], 0.94);

    [Fact]
    public void Arabizi_and_Roman_Urdu_are_read_by_their_sounds_and_their_worries_heard()
    {
        var batch = Romanised.Value;
        Assert.Equal(["ar", "ur"], batch["by_language"]!.AsObject().Select(p => p.Key).Order());
        Assert.True(batch["intent_accuracy"]!.GetValue<double>() >= 0.9, batch.ToJsonString());
        Assert.True(batch["language_accuracy"]!.GetValue<double>() >= 0.95, batch.ToJsonString());
        Assert.Equal(1.0, batch["emergency_recall"]!.GetValue<double>());
        Assert.Equal(1.0, batch["concern_recall"]!.GetValue<double>());
        Assert.True(batch["false_concern_rate"]!.GetValue<double>() <= 0.02, batch.ToJsonString());
    }

    [Fact]
    public void Arabizi_and_Roman_Urdu_written_after_the_reader_keep_their_first_scores()
    {
        var batch = RomanisedAfter.Value;
        Assert.Equal(["ar", "ur"], batch["by_language"]!.AsObject().Select(p => p.Key).Order());
        Assert.True(batch["intent_accuracy"]!.GetValue<double>() >= 0.8, batch.ToJsonString());
        Assert.True(batch["language_accuracy"]!.GetValue<double>() >= 0.95, batch.ToJsonString());
        Assert.True(batch["emergency_recall"]!.GetValue<double>() >= 0.8, batch.ToJsonString());
        Assert.True(batch["concern_recall"]!.GetValue<double>() >= 0.9, batch.ToJsonString());
        Assert.Equal(0.0, batch["false_concern_rate"]!.GetValue<double>());
    }

    [Fact]
    public void Batch_28_lets_a_kick_off_be_football_and_hears_a_child_asking_where_daddy_is_as_a_family_need() => AssertFixedByKind(Batch28.Value, ["ar", "cy", "en", "ro"], 0.92, hearsEveryEmergency: false, answersEveryOffTopic: true);

    [Fact]
    public void Batch_29_hears_a_razor_and_cut_veins_now_and_lets_a_daily_medicine_and_a_recipe_be() => AssertFixedByKind(Batch29.Value, ["ar", "en", "ro"], 0.85);

    [Fact]
    public void Batch_30_hears_pills_taken_at_once_and_breathing_in_every_dialect_and_keeps_a_denial_a_worry() => AssertFixedByKind(Batch30.Value, ["ar", "cy", "pl", "ro", "ur"], 0.88);

    [Fact]
    public void Batch_31_hears_a_knife_held_outside_the_cell_and_breath_that_will_not_come() => AssertFixedByKind(Batch31.Value, ["ar", "en", "ro", "ur"], 0.88);

    [Fact]
    public void Batch_32_hears_a_beating_heard_on_the_phone_and_lets_children_on_a_video_call_be() => AssertFixedByKind(Batch32.Value, ["ar", "cy", "en"], 0.99);

    /// <summary>
    /// Written after blind round s: a goodbye with "he won't see the morning" in Egyptian and Moroccan words, "don't be
    /// angry with me, it's my last night" in Polish, a beating that is over with "he's fine now" (ابھی ٹھیک ہے), a beating
    /// promised unless the family pays, tablets stopped while "it keeps getting worse", and questions that sound sad: no
    /// number to ring him on, a sister nervous about her first visit, crying after rude staff.
    /// </summary>
    [Fact]
    public void Batch_33_hears_a_last_night_and_a_goodbye_in_every_dialect_and_lets_a_beating_that_is_over_be_a_worry() => AssertFixedByKind(Batch33.Value, ["ar", "cy", "en", "pl", "ro", "ur"], 0.95);

    /// <summary>
    /// Written after blind round t: a threat on a condition ("if I don't bring a phone in they'll hurt him", "daca nu
    /// aduc", "jesli nie przyniose", "اگر ... نہ لائی") whose "don't" denies nothing; Moroccan verbs of now
    /// ("كيودعنا"); "they'll kill him tonight"; breath that will not come after "and"; a fight that broke his nose;
    /// Arabizi "ma" read as ما; and questions: birthday money, a train to the prison, a child not sleeping since the
    /// arrest, calls from a man the family has cut off.
    /// </summary>
    [Fact]
    public void Batch_34_hears_a_threat_on_a_condition_and_lets_birthday_money_and_a_train_be_questions() => AssertFixedByKind(Batch34.Value, ["ar", "cy", "en", "pl", "ro", "ur"], 0.95);

    /// <summary>
    /// Written after blind round u: a packet to take in "or else" in Urdu's imperative ("لے جاؤ ورنہ"), thoughts of
    /// self-harm said not to be for now ("dar nu acum") when only the ranking hears them, and questions that sound
    /// like worries: never wanting to hear from him again, a new life, a nan crying before her first visit, "I heard"
    /// (clywais, not clais, a bruise), a recipe for guests tonight.
    /// </summary>
    [Fact]
    public void Batch_35_hears_a_packet_to_take_in_or_else_and_lets_a_worry_not_for_now_be_a_concern() => AssertFixedByKind(Batch35.Value, ["ar", "cy", "en", "ro", "ur"], 0.99, hearsEveryEmergency: false, answersEveryOffTopic: true);

    /// <summary>
    /// Written after blind round v: "after tonight I won't be here, everything is ready" in Urdu's first person; a
    /// stranger on an unknown number wanting a packet taken in "altfel"; a beating "over now" or "he says he's fine now"
    /// that stays a worry; and questions: a visit cancelled "without any reason", a letter to dad (not "nad", that not,
    /// under Welsh mutation), children who haven't seen their dad asking for a video call, Gulf "ودنا" (we'd like).
    /// </summary>
    [Fact]
    public void Batch_36_hears_after_tonight_i_wont_be_here_and_lets_a_cancelled_visit_without_reason_be_a_complaint() => AssertFixedByKind(Batch36.Value, ["ar", "cy", "en", "ro", "ur"], 0.99);

    /// <summary>
    /// Written after blind round w: a knife in MSA's accusative ("سكيناً") held now; being pushed to bring a phone in
    /// (Welsh "pwsho"); "they'll give him hell" (dać popalić, not podpalić, set fire) over a debt, a worry; a violent ex
    /// calling from prison; an Iraqi child crying (يبچي) since his dad went; years without speaking; the app to
    /// download (نحمله, not حمله, an attack) for a video call; an aunt bringing the children.
    /// </summary>
    [Fact]
    public void Batch_37_hears_a_knife_held_now_in_formal_arabic_and_lets_a_video_call_app_be_a_question() => AssertFixedByKind(Batch37.Value, ["ar", "cy", "en", "pl", "ro"], 0.99);

    /// <summary>
    /// Written after blind round x: Moroccan first person "I'll hang myself", "I'll kill myself now" (نشنق راسي,
    /// نقتل راسي), with "ماشي" (not, in Morocco; "fine" in Egypt, where "دلوقتي ماشي بس" still softens); "ويبي" (and
    /// wants) no longer corrected into "ويبكي" (and cries); the family's own rent debt with a request for help.
    /// </summary>
    [Fact]
    public void Batch_38_hears_i_will_hang_myself_in_moroccan_words_and_lets_and_wants_be_a_question() => AssertFixedByKind(Batch38.Value, ["ar", "cy"], 0.99);

    /// <summary>
    /// Written after blind round y: a beating heard as it happens ("عم يضربوه", "I'm hearing the beating", "slysze jak
    /// go kopia"); Egypt's "can't catch his breath" (مش قادر ياخد نفسه); a past word after "and" ("وقبل اسبوعين")
    /// softening; scratches seen on his hands, a worry; and a visitor's own tears before a first visit.
    /// </summary>
    [Fact]
    public void Batch_39_hears_a_beating_heard_as_it_happens_and_scratches_on_his_hands() => AssertFixedByKind(Batch39.Value, ["ar", "cy", "pl", "ro"], 0.99);

    /// <summary>
    /// Written after blind round z: a Welsh "last message" with "look after Mum, I'm ready to go"; "I can hear them
    /// kicking him"; "he's safe tonight" (saff heno) making tonight's risk a worry; a past word after Arabic "and"
    /// ("وقبل شهرين"); and questions: "because of her work" (بسبب is not سبب, a reason to live), "another way" to put
    /// money in, "I've travelled" (am batut drumul, not batut, beaten), the writer's own mental health, a child asking
    /// where dad is.
    /// </summary>
    [Fact]
    public void Batch_40_hears_a_last_message_and_lets_safe_tonight_be_a_worry() => AssertFixedByKind(Batch40.Value, ["ar", "cy", "en", "pl", "ro"], 0.99);

    /// <summary>
    /// Written after blind round aa: "says she's ok for now" and "ابھی کچھ کیا تو نہیں" (nothing done yet) keep a worry from
    /// being read as a risk to life, as does "ما قالش غادي يدير شي" (he didn't say he would do anything); heavy bleeding that
    /// will not stop ("curge mult sange"); "zeby sie pociac" (to cut himself); Moroccan "ما كياكلش" (not eating); and
    /// questions: claiming fares back (cer banii inapoi, not a demand for money), what the scheme pays for (talu amdano,
    /// not a threat), a contact that broke off long ago (رابطہ ٹوٹ گیا), a foreign ID card, crop tops for a daughter.
    /// </summary>
    [Fact]
    public void Batch_41_lets_ok_for_now_be_a_worry_and_hears_bleeding_that_will_not_stop() => AssertFixedByKind(Batch41.Value, ["ar", "cy", "en", "pl", "ro", "ur"], 0.99);

    /// <summary>
    /// Written after blind round ab: "lives in trackies" is no "does not want to live", "kicking off at home" a child's
    /// need, not violence; "a mea nu iese bine" a recipe, not a man who won't leave his cell; the day before yesterday
    /// (przedwczoraj, اول امس) makes a beating past even when he is scared now; Arabic "ولا" read as "or" ("pay or they
    /// beat him"), not a denial; and اتنا (so) is no Urdu "bring".
    /// </summary>
    [Fact]
    public void Batch_42_lets_lives_in_trackies_be_clothes_and_the_day_before_yesterday_be_past() => AssertFixedByKind(Batch42.Value, ["ar", "en", "pl", "ro", "ur"], 0.99, hearsEveryEmergency: false, answersEveryOffTopic: true);

    /// <summary>
    /// Written after blind round ac: chest pain now, in every language ("his chest is really hurting right now", "boen yn
    /// ei frest rwan", "acum il doare pieptul", "سینے میں شدید درد"), a possible heart attack and 999 first, and chest
    /// pains nobody looks at a worry; "I can't breathe" reported in his own words (ما قدرتش نتنفس); "wlasnie bija" (they
    /// are beating him right now); and a Welsh "bil" (a bill) that is not Polish "bil" (beat).
    /// </summary>
    [Fact]
    public void Batch_43_hears_chest_pain_now_as_a_risk_to_life_and_a_welsh_bill_as_a_bill() => AssertFixedByKind(Batch43.Value, ["ar", "cy", "en", "pl", "ro", "ur"], 0.99);

    /// <summary>
    /// Written after blind round ad: "رح يخلص من حالو الليلة" (he will do away with himself tonight) and an Egyptian
    /// farewell ("سامحوني كلكم ومش هتسمعوا صوتي تاني"); a rope readied ("przygotowana line"); "now he's too scared to
    /// leave his cell" and "ابھی تو الگ کر دیا" (for now they have moved him) keeping a beating a worry; "دل نہیں لگتا" (no
    /// heart for anything) a worry; pressure to bring something in said the Levantine way (فوت معي); and no worry read in
    /// a short word of another language ("stood 2 hours", "بھیجنے والا"), "byw yn bell" (lives far), a child crying at
    /// school or a phone number that no longer works.
    /// </summary>
    [Fact]
    public void Batch_44_hears_a_levantine_and_an_egyptian_farewell_and_no_short_foreign_word_as_a_worry() => AssertFixedByKind(Batch44.Value, ["ar", "cy", "en", "pl", "ro", "ur"], 0.99);

    /// <summary>
    /// Written after blind round ae: "هاي اخر مرة بتسمعوا صوتي" (the last time you will hear me, said to all of you);
    /// "جینے کا دل نہیں کرتا" (no heart to live); a packet to bring "or else" in Urdu's imperative (لے کر آؤ ورنہ); and
    /// the family's own tears and worries, which are no worry about him: a mother made to cry at the gate, bills piling
    /// up, a court order "against him", a rift (nie odzywamy sie), tears of nerves before a first visit (plange de emotii).
    /// </summary>
    [Fact]
    public void Batch_45_hears_a_last_time_said_to_everyone_and_lets_the_familys_own_tears_be_theirs() => AssertFixedByKind(Batch45.Value, ["ar", "cy", "en", "pl", "ro", "ur"], 0.99);

    /// <summary>
    /// Written after blind round af (every target met first time): the writer's own years of silence with a brother
    /// (dwi heb siarad ers), "never in her life" (no wish not to live), and a child crying for his dad at home.
    /// </summary>
    [Fact]
    public void Batch_46_lets_the_writers_own_silence_and_never_in_her_life_be_no_worry() => AssertFixedByKind(Batch46.Value, ["cy", "en", "ro"], 0.99, hearsEveryEmergency: false);

    /// <summary>
    /// Written after blind round ag: a south Walian beating heard now ("bwrw fo rwan", "sgrechen"); dementia and care
    /// nobody gives (الخرف, alzheimera), a worry; and "tables" at a visit, which spelling must not make "tablets".
    /// </summary>
    [Fact]
    public void Batch_47_hears_a_south_walian_beating_and_dementia_without_care() => AssertFixedByKind(Batch47.Value, ["ar", "cy", "en", "pl"], 0.99);

    /// <summary>
    /// Written after blind round ah: Moroccan "الليلة غادي نسالي مع راسي" (tonight I will finish with myself); medicine
    /// withheld (ما عم يعطوه الدوا); a threat to cut him after the doors close (vor sa-l taie dupa ce se inchid usile); and
    /// the family's own words that are no worry about him: "I never want to hear from him again", stopping his calls, a
    /// mother who cannot sleep or cries at the thought of a first visit.
    /// </summary>
    [Fact]
    public void Batch_48_hears_a_moroccan_farewell_and_a_threat_after_lock_up() => AssertFixedByKind(Batch48.Value, ["ar", "cy", "pl", "ro"], 0.99);

    /// <summary>
    /// Written after blind round ai (every target met first time): "نفسيته تعبانة" (his spirits are low) a worry, the
    /// writer's own "انا نفسيتي تعبانة" not; an Urdu "if you don't bring the packet" (لے کے نہ آئی تو); and "not in
    /// danger right now" keeping self-harm a worry.
    /// </summary>
    [Fact]
    public void Batch_49_hears_low_spirits_and_an_urdu_packet_threat() => AssertFixedByKind(Batch49.Value, ["ar", "en", "ur"], 0.99, hearsEveryEmergency: false);

    /// <summary>
    /// Written after blind round aj: a south Walian "smo fe'n anadlu" (he's not breathing) and a goodbye "for ever" are
    /// risks to life; letters not answered for weeks are silence in every language; a cut "last year" (w zeszlym roku)
    /// with the same talk now is a worry, not a risk to life; mocked and shoved by a cellmate is bullying; a Moroccan
    /// debt with threats in Arabizi; and the drugs dog stopping by the writer, or a child upset at school since dad went
    /// inside, are questions.
    /// </summary>
    [Fact]
    public void Batch_50_hears_silent_letters_and_a_south_walian_not_breathing() => AssertFixedByKind(Batch50.Value, ["ar", "cy", "en", "pl", "ro", "ur"], 0.95);

    /// <summary>
    /// Written after blind round ak (every risk to life heard first time): a short risk word of one language is not read
    /// inside a word of another (Urdu "نیل", a bruise, in Arabic "فنيلة", a shirt); Levantine mocking and pestering
    /// (بيضايقوه، بيسخروا منه) in both scripts; "maktoub" a letter, not "مكتئب" (depressed); the family's own debts; a
    /// bare "ok" is no question about what to wear.
    /// </summary>
    [Fact]
    public void Batch_51_reads_short_risk_words_only_in_their_own_language() => AssertFixedByKind(Batch51.Value, ["ar", "en", "ro", "ur"], 0.95, answersEveryOffTopic: true);

    /// <summary>
    /// Written after blind round al: "last year" softens a risk even when the spelling corrector reads it as something
    /// else (السنة الماضية); a sheet or rope round his neck in Roman Urdu (chadar, rassi, bandhi); a Moroccan "ما بقاش
    /// كيتنفس" (no longer breathing); a Levantine Arabizi "this is the last time you'll talk to me"; having to pay someone
    /// back is a debt; the family's own bills, and cash for the vending machines, are questions.
    /// </summary>
    [Fact]
    public void Batch_52_hears_a_sheet_round_his_neck_and_softens_last_year() => AssertFixedByKind(Batch52.Value, ["ar", "cy", "en", "pl", "ur"], 0.95);

    /// <summary>
    /// Written after blind round am: Iraqi spellings (سچين a knife, رگبة a neck, هسه now); a beating heard "a few minutes
    /// ago" is happening now; Roman Urdu "phans" (caught up in fights) is no "پھانسی" (hanging); a Romanian "tomorrow he is
    /// no more" with a goodbye; a Latin-script word is spelt right only into its own language or English (Polish "dresie",
    /// a tracksuit, is not Romanian "depresie"); "what's the penalty for smuggling" is a question; "for ever" is a farewell only
    /// with a goodbye ("it takes forever to get through" is no risk).
    /// </summary>
    [Fact]
    public void Batch_53_hears_iraqi_spellings_and_a_beating_minutes_ago() => AssertFixedByKind(Batch53.Value, ["ar", "cy", "en", "pl", "ro", "ur"], 0.95);

    /// <summary>
    /// Written after blind round ao: Moroccan "mkhnou9" (choked up, low) is a worry, not someone choking; a debt with
    /// "they'll do something to him" is a worry even beside "how do I send money"; "متدين" alone is "religious", no debt;
    /// a beating overheard on the phone is happening now; an Arabizi overdose ("all the medicine at once", "not waking");
    /// the survey is feedback; a bus pass is a question about ID; "salam" and "assalam o alaikum" are no Romanian.
    /// </summary>
    [Fact]
    public void Batch_54_hears_a_moroccan_low_mood_and_a_beating_overheard() => AssertFixedByKind(Batch54.Value, ["ar", "pl", "ur"], 0.95);

    /// <summary>
    /// Written after blind round ap: "the last time I heard from him" is a story, not a farewell ("the last time you'll
    /// hear from me"); a faint or a fit that is over is a health worry, one that goes on ("still hasn't come round") a risk
    /// to life; refusing every visit is a worry; a beating overheard on the phone is happening now; a letter he did not
    /// receive, a guard who insulted me and "I want him to stop calling me" are questions, not worries about him.
    /// </summary>
    [Fact]
    public void Batch_55_tells_a_story_of_the_last_call_from_a_farewell() => AssertFixedByKind(Batch55.Value, ["ar", "cy", "en", "pl", "ro", "ur"], 0.95);

    /// <summary>
    /// Written after blind round aq: Arabic "and" joined to a word with a prefix of its own ("وبيهدده", and he threatens
    /// him); a man gone silent who lies in bed all day; "sorry, look after the kids, we'll never see each other again" is a
    /// farewell; "told me to move on" is a worry; a website that "does not work" is no silence; "I heard there is a family
    /// day" is no silence either; booking for the first time is booking.
    /// </summary>
    [Fact]
    public void Batch_56_hears_an_arabic_and_joined_threat_and_a_farewell_with_the_children() => AssertFixedByKind(Batch56.Value, ["ar", "cy", "en", "pl", "ro", "ur"], 0.95);

    /// <summary>
    /// Written after blind round ar: an Iraqi collapse ("وكع", "ما دا يتنفس"); Arabizi words for the visitor centre's
    /// tea and coffee; Welsh "dorrodd ei hun" (he cut himself) and "flwyddyn dwetha" (last year); a closed visit "behind a
    /// glass screen" is no weapon; "doesn't want to see anyone", "won't leave his cell" are worries; "so I can buy him
    /// something to eat" and the family's own bills are not; "no plan yet" keeps a worry from being a risk to life.
    /// </summary>
    [Fact]
    public void Batch_57_hears_an_iraqi_collapse_and_a_closed_visit_behind_glass() => AssertFixedByKind(Batch57.Value, ["ar", "cy", "en", "pl", "ro", "ur"], 0.95);

    /// <summary>
    /// Written after blind round as: the Iraqi "سجينة" (a knife) at his neck now; "he calls my daughter and she doesn't
    /// want him" asks to stop it, no silence; "stopped his tablets ... all day" is no overdose ("all day" is no "all the
    /// tablets"); drugs taken inside and strange talk are worries; a fear of the dogs is a question about searches.
    /// </summary>
    [Fact]
    public void Batch_58_hears_an_iraqi_knife_and_takes_all_day_for_no_overdose() => AssertFixedByKind(Batch58.Value, ["ar", "cy", "en", "ro", "ur"], 0.95);

    /// <summary>
    /// Written after blind round at: Welsh "cariad" is also the boyfriend ("mynd a petha i'r cariad" is pressure to bring
    /// things in, no farewell); not leaving his cell and seeing no one is a worry; Moroccan "wa9tach" (when) and Sudanese
    /// "اضرب ليهو" (ring him); a family rift with a wish to make contact again is no worry about him.
    /// </summary>
    [Fact]
    public void Batch_59_takes_welsh_cariad_for_a_partner_and_a_rift_for_reestablishing_contact() => AssertFixedByKind(Batch59.Value, ["ar", "cy", "ro"], 0.95, hearsEveryEmergency: false);

    /// <summary>
    /// Written after blind round au: "I don't think he's in danger right now" keeps "can't cope" a worry; Egyptian
    /// Arabizi letters from a stranger to stop; Polish "nie chce, zeby dalej pisal" is no wish to die ("dalej" is no
    /// "life") and "jest jakis inny sposob" (is there another way) no change in him; medicine not given on time (Sudanese).
    /// </summary>
    [Fact]
    public void Batch_60_hears_not_in_danger_right_now_and_a_wish_for_no_more_letters() => AssertFixedByKind(Batch60.Value, ["ar", "en", "pl"], 0.95, hearsEveryEmergency: false);

    /// <summary>
    /// Written after blind round av: Arabizi writes the article apart ("l sne l madye", last year) and the past phrase is
    /// still heard; an overdose told as past is a worry, one now a risk to life; paracetamol in a pocket at the search is
    /// no overdose, nor codeine stopped "all the time"; Welsh "nad ydi o'n anadlu" (that he is not breathing); Moroccan
    /// "3iyit mn kolchi" (fed up with everything); a letter to the governor asks for the prison's address.
    /// </summary>
    [Fact]
    public void Batch_61_hears_the_arabizi_article_apart_and_tells_an_overdose_past_from_one_now() => AssertFixedByKind(Batch61.Value, ["ar", "cy", "en", "pl", "ro", "ur"], 0.95);

    /// <summary>
    /// Written after blind round aw: a beating now beside a quieter worry ("then the line went quiet") is a risk to life,
    /// one last month is not; Moroccan Arabizi "akhir mra ghadi thdri m3aya" (the last time you'll talk to me); Levantine
    /// "ما بتنفس" (not breathing); "sorry for everything" in Arabic as in the other languages; an ex's calls to stop;
    /// Urdu "زیادتی" (unfair) in a complaint is no assault; a money transfer's delay asked without a question mark.
    /// </summary>
    [Fact]
    public void Batch_62_hears_a_beating_now_beside_a_quieter_worry() => AssertFixedByKind(Batch62.Value, ["ar", "cy", "en", "pl", "ur"], 0.95);

    /// <summary>
    /// Written after blind round ax: Moroccan pressure to bring things in ("كيضغطو عليه باش"); medicine not given in
    /// Sudanese and Moroccan words, with "and" joined to the negation; "where I live" is no wish to live; Polish
    /// eviction is the family's hardship, not a threat to him; Romanian "he no longer matters to anyone" is a worry;
    /// a Welsh plea to stop his calls to a son; Urdu "half an hour late" (آدھا) is no debt.
    /// </summary>
    [Fact]
    public void Batch_63_hears_moroccan_pressure_and_medicine_withheld() => AssertFixedByKind(Batch63.Value, ["ar", "cy", "en", "pl", "ro", "ur"], 0.95, hearsEveryEmergency: false);

    /// <summary>
    /// Written after blind round ay: an old man's health failing with nobody seeing to him (Levantine); Moroccan "nbooki"
    /// (to book); Roman Urdu "g" (ji) after a greeting; the papers children need at a visit; why the prison's calls
    /// show no number.
    /// </summary>
    [Fact]
    public void Batch_64_hears_failing_health_left_unseen_and_roman_urdu_g() => AssertFixedByKind(Batch64.Value, ["ar", "ro", "ur"], 0.95, hearsEveryEmergency: false);

    /// <summary>
    /// Written after blind round az: Egyptian "هيموت نفسه الليلة دي" (he'll kill himself tonight) and Levantine Arabizi
    /// "ma 7a tshoofoni" (you won't see me) are risks to life; Gulf "كل ما نكلمه يصيح" (he cries whenever we talk) is no
    /// scream heard now; "hasn't said anything about harming himself" denies the harm; a man crying since his mum died
    /// is a worry about him, not a child missing a parent; a Welsh rift before he went in asks to get back in touch.
    /// </summary>
    [Fact]
    public void Batch_65_hears_egyptian_and_levantine_farewells_and_a_bereaved_man() => AssertFixedByKind(Batch65.Value, ["ar", "cy", "en", "pl", "ro", "ur"], 0.95);

    /// <summary>
    /// Written after blind round ba: a Welsh "ta ta am byth" (bye for ever) and "neud rhywbeth iddo fo'i hun heno" (do
    /// something to himself tonight) are risks to life; a family "stryglo" with debts asks for support; an Egyptian
    /// question about tonight's match is off-topic; booking refused by the website; a Roman Urdu complaint.
    /// </summary>
    [Fact]
    public void Batch_66_hears_welsh_goodbyes_for_ever_and_tonight() => AssertFixedByKind(Batch66.Value, ["ar", "cy", "ur"], 0.95);

    /// <summary>
    /// Written after blind round bb: "no longer moving or breathing" in standard Arabic, a Polish goodbye with "już mnie
    /// nigdy" (never again) and a Romanian "the last time we talk" are risks to life; drug use inside is a worry in every
    /// language; a Welsh family struggling with bills asks for support; squalid benches are a complaint, not a person.
    /// </summary>
    [Fact]
    public void Batch_67_hears_arabic_no_longer_breathing_and_drug_use_inside() => AssertFixedByKind(Batch67.Value, ["ar", "cy", "en", "pl", "ro", "ur"], 0.95);

    /// <summary>
    /// Written after blind round bc: Egyptian "brashem" (pills) and a standard Arabic "look after them, you will not see me
    /// again" are risks to life; "not that he wants to kill himself" denies the risk but is still a worry; asking
    /// someone to check on him is a worry in every language; Egyptian "مش بياكل" is not eating; a card that "nu mai
    /// merge" (no longer works) is a question; Moroccan "rendez-vous" books a visit; Sudanese "براهو" is on his own.
    /// </summary>
    [Fact]
    public void Batch_68_hears_egyptian_pills_and_a_request_to_check_on_him() => AssertFixedByKind(Batch68.Value, ["ar", "cy", "en", "pl", "ro", "ur"], 0.95);

    /// <summary>
    /// Written after blind round bd: a man who no longer talks and sleeps all day, or stares at the wall through a visit,
    /// is a worry; "can't go on like this" in Egyptian is a worry; a family behind with the rent asks for support;
    /// Moroccan Arabizi unwanted calls; the prison's own email address is asked of the prison; "I'd like" is no ID.
    /// </summary>
    [Fact]
    public void Batch_69_hears_a_man_who_stares_at_the_wall_and_asks_the_prisons_own_email() => AssertFixedByKind(Batch69.Value, ["ar", "cy", "en", "pl", "ro"], 0.95, hearsEveryEmergency: false);

    /// <summary>
    /// Written after blind round be: a Moroccan farewell ("سمحي ليا ... ما غاديش تشوفوني") is a risk to life; a fall in
    /// the cell that nobody told the family of, and "قلبي مش مرتاح", are a worry; Arabizi with its little words ("f",
    /// "l", "wach") and a prison's name is still read as Arabic; a Polish partner "nieswój" who sleeps all day.
    /// </summary>
    [Fact]
    public void Batch_70_hears_a_moroccan_farewell_and_reads_arabizi_that_names_a_prison() => AssertFixedByKind(Batch70.Value, ["ar", "pl"], 0.95);

    /// <summary>
    /// Written after blind round bf: a man fallen "مغشيا عليه" who is not seen to breathe, or with a cloth tied at his neck
    /// (Roman Urdu), is a risk to life; "tired of it all", "زهقان من كل حاجة" and a man stuck in his cell who stopped
    /// talking are worries; a grandfather who cries since he was locked up is no child missing a parent; a mother in
    /// debt and threatened with eviction asks for support.
    /// </summary>
    [Fact]
    public void Batch_71_hears_a_cloth_at_his_neck_and_a_man_tired_of_it_all() => AssertFixedByKind(Batch71.Value, ["ar", "cy", "en", "ro", "ur"], 0.95);

    /// <summary>
    /// Written after blind round bg: a Roman Urdu overdose where he "ab theek se bol nahi pa raha" (cannot speak properly
    /// now) is a risk to life, not softened as "ab theek" (fine now); "الدنيا ما لها معنى" and Moroccan "ma bqa fih ma
    /// ydir" are worries; a threat made to make the family carry is a worry, not a farewell; a man who cried and was
    /// strange on the phone, or who talks to nobody and does not eat properly since a death, is a worry.
    /// </summary>
    [Fact]
    public void Batch_72_hears_an_overdose_said_with_now_and_a_world_without_meaning() => AssertFixedByKind(Batch72.Value, ["ar", "pl", "ur"], 0.95);

    /// <summary>
    /// Written after blind round bh: a man who fell "وما بيتنفس" (and is not breathing), with "and" joined to the
    /// negation, and a knife held to someone in Polish ("trzyma nóż przy", "przystawił mu nóż") are risks to life; "is
    /// Littlehey open for visits on a sunday" asks for visiting times, not whether a shop is open.
    /// </summary>
    [Fact]
    public void Batch_73_hears_a_man_not_breathing_and_a_knife_held_to_him() => AssertFixedByKind(Batch73.Value, ["ar", "en", "pl"], 0.95);

    /// <summary>
    /// Written after blind round bi: a self-harm gone by is not made a risk to life by "I don't think he's in danger
    /// right now" (the "now" is denied), though a rope again tonight still is; a Polish man who talks to nobody and
    /// says everyone has forgotten him is a worry; "assalamualaikum" written as one word greets in Urdu.
    /// </summary>
    [Fact]
    public void Batch_74_hears_a_harm_gone_by_denied_now_and_a_man_who_talks_to_nobody() => AssertFixedByKind(Batch74.Value, ["en", "pl", "ro", "ur"], 0.95);

    /// <summary>
    /// Written after blind round bj: a Sudanese son who "ما داير يشوف زول" and a Romanian brother who "nu mai face fata"
    /// are worries; "I told him it's over between us" is no farewell but an ex who will not stop calling; a wife upset by
    /// the search, and a child who hates being touched ("touched" is no longer spelt into "torched"), ask about searches.
    /// </summary>
    [Fact]
    public void Batch_75_hears_a_son_who_sees_nobody_and_a_visitor_upset_by_the_search() =>
        AssertFixedByKind(Batch75.Value, ["ar", "en", "ro", "ur"], 0.95, hearsEveryEmergency: false);

    /// <summary>
    /// Written after blind round bk: a Welsh grandson who "wedi stopio sgwennu" is a worry, while "I never want to hear
    /// from him again" is an ex to be stopped, not a farewell; a Romanian grandfather who stays in bed all day is a
    /// worry, and travel money given back ("dea inapoi banii") is no debt.
    /// </summary>
    [Fact]
    public void Batch_76_hears_a_grandson_who_stopped_writing_and_money_given_back_as_no_debt() =>
        AssertFixedByKind(Batch76.Value, ["cy", "ro"], 0.95, hearsEveryEmergency: false);

    /// <summary>
    /// Written after blind round bl: a self-harm years ago with "he's fine now" and a question gets the question answered,
    /// but not one as near as yesterday; self-harm that nobody is coming to is a risk to life; a queue that "will kill me",
    /// a phone the visitor brings for herself and money owed to "some lads by Monday" are told apart.
    /// </summary>
    [Fact]
    public void Batch_77_answers_a_question_beside_a_self_harm_long_over_and_hears_an_injury_nobody_treats() =>
        AssertFixedByKind(Batch77.Value, ["ar", "cy", "en", "pl", "ro", "ur"], 0.95);

    /// <summary>
    /// Written after blind round bm: a beating with blood running now ("مضروب ... ويطلع منه دم الحين") is a risk to life,
    /// and so is a plan for "before court" (Urdu "پہلے" there is ahead, not gone by); a Welsh son who has stopped answering
    /// letters, or who will be hurt "os dio ddim yn talu", is a worry, and Urdu "pata nahi" (I don't know) is not hopelessness.
    /// </summary>
    [Fact]
    public void Batch_78_hears_blood_running_now_and_a_plan_for_before_court() =>
        AssertFixedByKind(Batch78.Value, ["ar", "cy", "en", "pl", "ro", "ur"], 0.95);

    /// <summary>
    /// Written after blind round bn: blood seen on a video call and a man who stopped moving ("przestal sie ruszac"), "by
    /// morning I won't be here" with a blade, and "tell the kids I love them" are risks to life; "he doesn't say he wants to
    /// die" denies only the wish, not the cutting; the family's own debts are theirs to get help with, not a worry about him.
    /// </summary>
    [Fact]
    public void Batch_79_hears_a_man_who_stopped_moving_on_a_video_call_and_a_farewell_with_a_blade() =>
        AssertFixedByKind(Batch79.Value, ["ar", "cy", "en", "pl", "ro", "ur"], 0.95);

    /// <summary>
    /// Written after blind round bo: "ending it after lights out" and a Romanian "last phone call, look after the kids" are
    /// risks to life; a Polish "booking line" is no rope ("linę") and "the credit is running out" no farewell; letters that
    /// stopped coming, in Welsh and Urdu, are a worry; a visitor's own nerves and a broken phone screen are not.
    /// </summary>
    [Fact]
    public void Batch_80_hears_ending_it_after_lights_out_and_a_last_phone_call() =>
        AssertFixedByKind(Batch80.Value, ["ar", "cy", "en", "pl", "ro", "ur"], 0.95);

    /// <summary>
    /// Written after blind round bp: a Polish "his last night, look after mum" is a farewell; "no point, but no plan" is a
    /// worry and not 999, in English, Welsh and Arabic; a move "last week" far from a self-harm long over does not make it
    /// recent; Levantine bullying ("بيتنمرو") and an Urdu "tired of everything" are worries.
    /// </summary>
    [Fact]
    public void Batch_81_hears_a_last_night_farewell_and_leaves_no_plan_a_worry() =>
        AssertFixedByKind(Batch81.Value, ["ar", "cy", "en", "pl", "ro", "ur"], 0.95);

    /// <summary>
    /// Written after blind round bq: a Welsh letter about what to do with his things and "fory di'r diwrnod" (tomorrow is
    /// the day) is a farewell, while "ers iddo fo fynd i mewn" (since he went in) is only when; a Romanian "he doesn't say
    /// he'll do anything now" keeps a worry from 999; years without a word and a wish to reconnect is finding him again.
    /// </summary>
    [Fact]
    public void Batch_82_hears_tomorrow_is_the_day_and_finding_a_father_after_years() =>
        AssertFixedByKind(Batch82.Value, ["cy", "en", "ro", "ur"], 0.95);

    /// <summary>
    /// Written after blind round br: a worry dated to a year gone by ("back in 2017", "w 2019 roku") with him well now
    /// and a question is answered; "all fine with him, nothing's wrong, just want to know" is not praise; "we'll never
    /// hear from him again" is a farewell while "I never want to hear from him again" is unwanted contact.
    /// </summary>
    [Fact]
    public void Batch_83_hears_a_year_gone_by_and_a_farewell_told_as_never_hearing_from_him() =>
        AssertFixedByKind(Batch83.Value, ["ar", "cy", "en", "pl", "ro", "ur"], 0.95);

    /// <summary>
    /// Written after blind round bs: "he's fine now but I'm still worried about him" is a worry now, in every language,
    /// however long ago the harm was; an Arabic "خايفة عليه" (afraid for him) is not the family's own nerves; pressure on a
    /// sister to bring things in, and a Moroccan "ma bqa ykelmni" (he doesn't call me any more), are worries.
    /// </summary>
    [Fact]
    public void Batch_84_hears_a_worry_told_after_he_is_said_to_be_well() =>
        AssertFixedByKind(Batch84.Value, ["ar", "cy", "en", "pl", "ro", "ur"], 0.95, hearsEveryEmergency: false);

    /// <summary>
    /// Self-harm said to go on ("she keeps cutting herself", "co jakis czas sie tnie", "weithiau") with "but he's fine now"
    /// and a question: the harm is not over, so it stays a worry in every language rather than the question being answered.
    /// </summary>
    [Fact]
    public void Batch_85_keeps_self_harm_that_goes_on_a_worry_beside_a_question() =>
        AssertFixedByKind(Batch85.Value, ["ar", "cy", "en", "pl", "ro", "ur"], 0.95, hearsEveryEmergency: false);

    /// <summary>
    /// Written after blind round bt: Moroccan Arabizi hidden pills to be taken all at once, a Welsh "sori ... ta ta" and a
    /// Romanian sheet made ready are risks to life; Arabic run on to an English word ("الvideo call") is two words; a
    /// Roman Urdu "or else they won't spare him" is a worry and "bas poochna hai" only a question.
    /// </summary>
    [Fact]
    public void Batch_86_hears_arabizi_hidden_pills_and_a_welsh_ta_ta() =>
        AssertFixedByKind(Batch86.Value, ["ar", "cy", "pl", "ro", "ur"], 0.95);

    /// <summary>
    /// Written after blind round bu: a Welsh "ddim yn ymateb, ddim yn anadlu'n iawn" (not responding, not breathing right)
    /// is a risk to life, the first "not" denying only the responding; a Romanian "ma omoara" (it's killing me) and a
    /// Polish "blad" (an error on the booking site) are everyday words.
    /// </summary>
    [Fact]
    public void Batch_87_hears_not_breathing_after_not_responding() =>
        AssertFixedByKind(Batch87.Value, ["cy", "en", "pl", "ro", "ur"], 0.95, answersEveryOffTopic: true);

    /// <summary>
    /// Written after blind round bv: "this is my last message, I love you all" is a farewell in every language (not "my
    /// last message went unanswered"); "he already knows how he'll do it" beside not wanting to live is a plan; an
    /// Egyptian "مش على بعضه" (not himself) and a Roman Urdu "nobody needs me" are worries.
    /// </summary>
    [Fact]
    public void Batch_88_hears_a_last_message_with_love_and_knowing_how() =>
        AssertFixedByKind(Batch88.Value, ["ar", "cy", "en", "pl", "ro", "ur"], 0.95);

    /// <summary>
    /// Written after blind round bw: a Polish "sie ze mna pozegnal ... juz go nie zobacze" (he said goodbye, I won't see him
    /// again) is a farewell; a Welsh "ddim wedi trio lladd ei hun" (hasn't tried to kill himself) is denied; cuts on his
    /// arms are a worry; a hunger strike over with him eating again lets a question be answered.
    /// </summary>
    [Fact]
    public void Batch_89_hears_a_polish_goodbye_and_a_welsh_denial() =>
        AssertFixedByKind(Batch89.Value, ["cy", "pl", "ro"], 0.95);

    /// <summary>
    /// Written after blind round bx: someone found on the floor and not responding has collapsed, in every language; an
    /// Egyptian "بعد النهارده" (after today) gives a blade a time; a Roman Urdu "khoon beh raha" is bleeding; a Polish
    /// "mozna sie zabic przez" (enough to kill you) is everyday talk; sleeping on the floor with nobody replying is not a
    /// collapse, and lying in bed all day not answering is a worry, not a risk to life.
    /// </summary>
    [Fact]
    public void Batch_90_hears_someone_on_the_floor_not_responding() =>
        AssertFixedByKind(Batch90.Value, ["ar", "cy", "en", "pl", "ro", "ur"], 0.95);

    /// <summary>
    /// Written after blind round by: an Arabic "وما بيستجيب" (and not responding) is heard with its "and"; "عليه دين" (he
    /// owes) is his debt, not the family's own; "he hasn't said he wants to die" denies the wish but not the cutting; a
    /// Polish "nie widzi sensu" (sees no point) is hopelessness; a Romanian debt "altfel ii fac probleme" is a threat; "my
    /// question is just" asks a question; a Roman Urdu "ro raha tha ... dar lagta hai" (crying, scared) is a worry.
    /// </summary>
    [Fact]
    public void Batch_91_hears_his_debt_and_an_arabic_and() =>
        AssertFixedByKind(Batch91.Value, ["ar", "en", "pl", "ro", "ur"], 0.95);

    /// <summary>
    /// Written after blind round bz: self-harm told with "not doing it right now" is a worry, not a risk to life now; a
    /// fare that "nearly gave me a heart attack" is everyday talk; a Welsh "rhywbeth di digwydd iddo" (something has
    /// happened to him) and a dad who always rings and "ddim di ffonio" are worries; "yn fy lladd i" is everyday talk; a
    /// Roman Urdu beating on its way "abhi" (now) is a risk to life even beside his crying.
    /// </summary>
    [Fact]
    public void Batch_92_hears_not_right_now_and_a_heart_attack_in_words_only() =>
        AssertFixedByKind(Batch92.Value, ["cy", "en", "pl", "ro", "ur"], 0.95);

    /// <summary>
    /// Written after blind round ca: "fy mrawd dabledi" (my brother's tablets) is not the family's own "fy nhabledi"; an
    /// Arabic "قتلني" (it killed me) of a wait is everyday talk; a Welsh "isio ei frifo" (wants to hurt him) is a threat;
    /// a Polish gas bill is proof of address, not an account; a Romanian "cum il blochez" asks for his calls to stop;
    /// an Urdu "آج کل" (these days) is no "today".
    /// </summary>
    [Fact]
    public void Batch_93_hears_my_brothers_tablets_and_these_days() =>
        AssertFixedByKind(Batch93.Value, ["ar", "cy", "pl", "ro", "ur"], 0.95);

    /// <summary>
    /// Written after blind round cb: someone who fell and is not moving has collapsed (not one who "fell out" with his
    /// cellmate, nor whose weight "gir gaya", dropped, and who does not answer); a Roman Urdu rope made ready "aj
    /// raat" (tonight) is a risk to life and "le ke ana warna" (bring it or else) is pressure to carry; "last yr" is
    /// last year; a brother who "cut us off" years ago is to be found again; a mother's own "mar jaungi" and "تعبانة من
    /// كل شي" are her own tiredness; a Romanian "nu vreau sa mai aud de el" asks for his letters to stop.
    /// </summary>
    [Fact]
    public void Batch_94_hears_a_fall_and_a_rope_for_tonight() =>
        AssertFixedByKind(Batch94.Value, ["ar", "cy", "en", "pl", "ro", "ur"], 0.95);

    [Fact]
    public void Batch_95_hears_medicine_kept_from_him_and_ending_it_before_morning_and_lets_the_childrens_tears_on_the_way_home_be() =>
        AssertFixedByKind(Batch95.Value, ["ar", "cy", "en", "pl", "ro", "ur"], 0.95);

    [Fact]
    public void Batch_96_hears_food_kept_from_him_and_a_denied_threat_for_what_it_is() =>
        AssertFixedByKind(Batch96.Value, ["ar", "cy", "en", "pl", "ro", "ur"], 0.95);

    [Fact]
    public void Batch_97_hears_a_farewell_told_yesterday_as_a_risk_today_and_a_beating_until_now_as_over() =>
        AssertFixedByKind(Batch97.Value, ["ar", "cy", "en", "pl", "ro", "ur"], 0.95);

    [Fact]
    public void Batch_98_keeps_an_ending_course_or_credit_no_farewell_and_hears_south_welsh_denials() =>
        AssertFixedByKind(Batch98.Value, ["cy", "en", "ur"], 0.95);

    [Fact]
    public void Batch_99_keeps_a_watch_now_a_worry_and_hears_silence_in_letters_and_trouble_with_lads() =>
        AssertFixedByKind(Batch99.Value, ["ar", "cy", "en", "ro", "ur"], 0.95);

    [Fact]
    public void Batch_100_hears_no_wish_to_live_and_keeps_a_booking_line_nobody_answers_a_question() =>
        AssertFixedByKind(Batch100.Value, ["ar", "cy", "ro", "ur"], 0.95);

    [Fact]
    public void Batch_101_hears_cut_arms_and_being_told_to_bring_something_and_keeps_a_crying_baby_and_is_there_a_way_questions() =>
        AssertFixedByKind(Batch101.Value, ["ar", "en", "pl", "ro", "ur"], 0.95);

    [Fact]
    public void Batch_102_hears_a_son_withdrawn_or_talking_strangely_and_keeps_please_and_this_queue_will_kill_me_as_talk() =>
        AssertFixedByKind(Batch102.Value, ["ar", "ro", "ur"], 0.95);

    [Fact]
    public void Batch_103_hears_money_demanded_inside_and_a_history_of_self_harm_as_worries_and_keeps_dont_be_alarmed_as_talk() =>
        AssertFixedByKind(Batch103.Value, ["ar", "en", "ro", "ur"], 0.95);

    [Fact]
    public void Batch_104_keeps_self_harm_long_ago_with_a_call_yesterday_and_kids_bored_to_death_as_talk_and_hears_not_feeling_safe() =>
        AssertFixedByKind(Batch104.Value, ["ar", "cy", "en", "pl", "ur"], 0.95);

    [Fact]
    public void Batch_105_hears_doesnt_say_he_wants_to_kill_himself_as_a_worry_and_everything_overwhelming_him_and_keeps_ma_hu_and_nu_s_as_denials() =>
        AssertFixedByKind(Batch105.Value, ["ar", "cy", "en", "pl", "ro", "ur"], 0.95);

    [Fact]
    public void Batch_106_hears_no_call_for_days_in_roman_urdu_and_sounding_confused_and_keeps_he_cannot_ring_me_and_i_dont_know_how_as_questions() =>
        AssertFixedByKind(Batch106.Value, ["ar", "cy", "en", "pl", "ur"], 0.95);

    [Fact]
    public void Batch_107_hears_a_jump_from_the_landing_and_cutting_his_hand_again_and_pressure_that_keeps_him_awake_and_keeps_not_in_debt_as_a_denial() =>
        AssertFixedByKind(Batch107.Value, ["ar", "cy", "pl", "ro", "ur"], 0.95);

    [Fact]
    public void Batch_108_hears_you_wont_see_me_again_and_strangling_in_arabizi_as_risks_to_life_and_a_quiet_dad_and_keeps_a_child_struggling_at_school_as_support() =>
        AssertFixedByKind(Batch108.Value, ["ar", "cy", "pl", "ur"], 0.95);

    [Fact]
    public void Batch_109_hears_vomiting_blood_and_a_last_message_with_sorry_as_risks_to_life_and_paying_to_be_left_alone_and_keeps_a_changed_man_as_well() =>
        AssertFixedByKind(Batch109.Value, ["ar", "cy", "ro", "ur"], 0.95);

    [Fact]
    public void Batch_110_keeps_cannot_afford_the_fares_and_dying_of_heat_as_questions_and_hears_being_rung_to_bring_something_in_with_a_threat() =>
        AssertFixedByKind(Batch110.Value, ["cy", "pl", "ro"], 0.95);

    [Fact]
    public void Batch_111_hears_someone_fallen_and_not_moving_as_a_risk_to_life_and_a_history_of_self_harm_as_a_worry_and_keeps_i_cannot_manage_the_journeys_as_a_question() =>
        AssertFixedByKind(Batch111.Value, ["ar", "pl", "ur"], 0.95);

    [Fact]
    public void Batch_112_keeps_a_debt_now_settled_a_letter_that_never_came_and_money_for_the_canteen_as_questions_and_hears_writes_nothing_about_killing_himself_as_a_worry() =>
        AssertFixedByKind(Batch112.Value, ["ar", "pl", "ro", "ur"], 0.95);

    [Fact]
    public void Batch_113_lets_letters_to_the_children_he_should_stop_be_unwanted_contact_thank_god_be_no_thanks_and_the_familys_own_debts_be_support_and_hears_his_debts_inside_as_a_worry() =>
        AssertFixedByKind(Batch113.Value, ["cy", "en", "ro", "ur"], 0.95);

    [Fact]
    public void Batch_114_hears_swallowed_the_lot_and_about_to_kill_him_and_lets_self_harm_last_year_now_really_well_a_first_letter_and_a_queue_that_kills_be_questions() =>
        AssertFixedByKind(Batch114.Value, ["cy", "en", "pl", "ro", "ur"], 0.95);

    [Fact]
    public void Batch_115_hears_bleeding_with_nobody_coming_a_blade_after_lock_up_his_things_given_with_a_last_letter_and_saved_pills_and_arabic_bring_or_pay_or_else() =>
        AssertFixedByKind(Batch115.Value, ["ar", "cy", "en", "pl", "ur"], 0.95);

    [Fact]
    public void Batch_116_hears_not_breathing_in_levantine_and_a_last_letter_with_look_after_mum_and_lets_romanian_he_said_this_is_the_new_timetable_and_welsh_rent_and_debt_be_questions() =>
        AssertFixedByKind(Batch116.Value, ["ar", "cy", "pl", "ro"], 0.95);

    [Fact]
    public void Batch_117_lets_he_said_the_course_or_the_visit_is_over_and_bruises_all_over_be_no_farewell_and_hears_love_you_all_this_is_it() =>
        AssertFixedByKind(Batch117.Value, ["ar", "cy", "en", "pl"], 0.95);

    [Fact]
    public void Batch_118_hears_a_goodbye_with_i_wont_see_you_again_and_missed_calls_from_one_who_never_misses_and_lets_a_letter_that_came_today_and_doing_grand_now_soften() =>
        AssertFixedByKind(Batch118.Value, ["ar", "cy", "en", "ur"], 0.95);

    [Fact]
    public void Batch_119_hears_lying_still_on_the_floor_on_a_video_call_alone_in_his_cell_with_nobody_to_help_and_stopped_his_meds_and_lets_a_queue_that_kills_and_dogs_be_questions() =>
        AssertFixedByKind(Batch119.Value, ["ar", "cy", "en", "pl", "ro"], 0.95);

    [Fact]
    public void Batch_120_hears_a_threat_to_kill_him_today_or_tomorrow_morning_beside_a_beating_gone_by_and_lets_my_sister_will_kill_me_be_talk() =>
        AssertFixedByKind(Batch120.Value, ["ar", "en", "pl", "ur"], 0.95);

    [Fact]
    public void Batch_121_hears_screaming_and_a_knife_on_the_phone_and_urdu_they_wont_spare_him_and_lets_or_what_else_and_years_of_silence_be_questions() =>
        AssertFixedByKind(Batch121.Value, ["ar", "cy", "en", "pl", "ur"], 0.95);

    [Fact]
    public void Batch_122_hears_a_bye_with_going_to_do_it_tonight_and_swallowed_something_and_lets_said_bye_at_the_end_of_the_visit_and_nothing_about_hurting_himself_be_no_risk_to_life() =>
        AssertFixedByKind(Batch122.Value, ["ar", "cy", "en", "ur"], 0.95);

    [Fact]
    public void Batch_123_hears_we_will_kill_you_told_to_him_standing_on_the_railway_men_kicking_the_door_and_his_panic_attacks_and_lets_my_own_panic_attacks_and_insulin_and_prices_that_will_kill_him_be_questions() =>
        AssertFixedByKind(Batch123.Value, ["ar", "cy", "en", "pl", "ro", "ur"], 0.95);

    [Fact]
    public void Batch_124_hears_not_wanting_to_live_behind_a_locked_door_a_beating_as_the_line_cuts_a_last_call_and_a_fall_heard_on_the_phone_and_lets_the_familys_own_insulin_tablets_and_sadness_be_questions() =>
        AssertFixedByKind(Batch124.Value, ["ar", "cy", "en", "pl", "ro", "ur"], 0.95);

    [Fact]
    public void Batch_125_hears_locked_in_with_my_tablets_or_a_blade_and_an_old_man_who_no_longer_knows_his_family_and_lets_a_polish_court_and_the_familys_own_low_mood_be_questions() =>
        AssertFixedByKind(Batch125.Value, ["ar", "cy", "en", "pl", "ro", "ur"], 0.95);

    [Fact]
    public void Batch_126_hears_not_wanting_to_live_from_a_height_and_men_who_will_hurt_the_family_tonight_and_a_fall_on_a_video_call_and_lets_a_joke_about_killing_him_and_a_worry_now_over_be_questions() =>
        AssertFixedByKind(Batch126.Value, ["ar", "cy", "en", "pl", "ro", "ur"], 0.95);

    [Fact]
    public void Batch_127_hears_had_enough_and_knows_how_tonight_segregation_silence_and_money_taken_off_him_and_lets_the_familys_own_insulin_and_epilepsy_and_a_polish_benefit_be_questions() =>
        AssertFixedByKind(Batch127.Value, ["ar", "cy", "en", "pl", "ro", "ur"], 0.95);

    [Fact]
    public void Batch_128_hears_a_plan_for_tonight_after_yesterday_men_at_the_door_sent_from_inside_a_hand_on_his_chest_with_nobody_coming_and_lets_worries_now_sorted_and_loose_words_be_questions() =>
        AssertFixedByKind(Batch128.Value, ["ar", "cy", "en", "pl", "ro", "ur"], 0.95);

    [Fact]
    public void Batch_129_hears_a_note_and_running_off_a_knife_as_the_line_cuts_chest_pain_on_the_floor_and_a_polish_threat_for_today_and_lets_the_familys_own_debts_and_loose_words_be_questions() =>
        AssertFixedByKind(Batch129.Value, ["ar", "cy", "en", "pl", "ro", "ur"], 0.95);

    [Fact]
    public void Batch_130_hears_a_numb_left_arm_segregation_with_a_mental_illness_and_a_doctor_who_wont_see_him_and_lets_a_wish_to_get_back_in_touch_and_the_familys_own_anxiety_be_questions() =>
        AssertFixedByKind(Batch130.Value, ["ar", "en", "pl", "ro", "ur"], 0.95);

    [Fact]
    public void Batch_131_hears_a_fall_heard_on_the_phone_chest_and_arm_pain_and_a_man_at_the_door_taking_the_child_and_lets_letters_to_the_children_taxing_and_time_to_kill_be_no_risk_to_life() =>
        AssertFixedByKind(Batch131.Value, ["ar", "cy", "en", "pl", "ro", "ur"], 0.95);

    [Fact]
    public void Batch_132_hears_a_grey_fall_from_a_chair_not_wanting_to_live_by_the_railway_and_you_wont_hear_my_voice_again_and_lets_methadone_a_drugs_case_and_a_fit_he_fears_be_no_risk_to_life() =>
        AssertFixedByKind(Batch132.Value, ["ar", "cy", "en", "pl", "ro", "ur"], 0.95);

    [Fact]
    public void Batch_133_hears_theyre_stabbing_him_today_a_fall_with_no_officer_coming_a_threat_to_take_the_children_tonight_and_a_grandparent_who_no_longer_knows_the_family_and_lets_money_not_yet_got_be_a_question() =>
        AssertFixedByKind(Batch133.Value, ["cy", "en", "pl", "ro", "ur"], 0.95);

    /// <summary>
    /// A batch written after a blind round and fixed by kind keeps what it reached: no language misread, every worry (and
    /// risk to life) heard, no question taken for a worry, and its intents at least at the floor.
    /// </summary>
    private static void AssertFixedByKind(JsonObject batch, string[] languages, double intentFloor, bool hearsEveryEmergency = true, bool answersEveryOffTopic = false)
    {
        Assert.Equal(languages, batch["by_language"]!.AsObject().Select(p => p.Key).Order());
        Assert.True(batch["intent_accuracy"]!.GetValue<double>() >= intentFloor, batch.ToJsonString());
        Assert.Equal(1.0, batch["language_accuracy"]!.GetValue<double>());
        if (hearsEveryEmergency)
        {
            Assert.Equal(1.0, batch["emergency_recall"]!.GetValue<double>());
        }
        Assert.Equal(1.0, batch["concern_recall"]!.GetValue<double>());
        Assert.Equal(0.0, batch["false_concern_rate"]!.GetValue<double>());
        if (answersEveryOffTopic)
        {
            Assert.Equal(1.0, batch["fallback_recall"]!.GetValue<double>());
        }
    }
}
