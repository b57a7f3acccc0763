using Forum.Domain.Safety.Risk;

namespace Forum.Tests.Unit;

/// <summary>
/// Spanish and Arabic (in its script and in Latin letters) are heard by their own patterns, with the care the English
/// ones take: the past, someone else, a joke, a song, a denial, a thought pushed away and harmless idioms do not pause.
/// The English-only model never decides or sets aside a sentence in another language. Written here, not taken from the
/// evaluation set (docs/decisions/0007, round 6).
/// </summary>
[Category("Unit")]
public sealed class RiskLanguageTests
{
    private static readonly RiskDetector Patterns = new([], useModel: false);

    [TestCase("ya no quiero vivir, tengo las pastillas guardadas")]
    [TestCase("Me quiero morir")]
    [TestCase("me quiero moriiiir")]
    [TestCase("YA NO QUIERO VIVIR")]
    [TestCase("Quiero quitarme la vida esta noche")]
    [TestCase("kiero matarme")]
    [TestCase("voy a matarme el viernes")]
    [TestCase("Me voy a suicidar")]
    [TestCase("quisiera dormir y no despertar")]
    [TestCase("quiero desaparecer para siempre")]
    [TestCase("Estoy pensando en suicidarme")]
    [TestCase("tengo pensamientos suicidas otra vez")]
    [TestCase("Todos estarían mejor sin mí")]
    [TestCase("Ojalá no despierte mañana")]
    [TestCase("No hay ninguna razón para seguir viviendo")]
    [TestCase("estoy cansada de vivir")]
    [TestCase("Tengo guardadas las pastillas")]
    [TestCase("esta noche me tomo todas las pastillas")]
    [TestCase("Me corté otra vez los brazos")]
    [TestCase("quiero cortarme")]
    [TestCase("Adiós a todos")]
    [TestCase("Esta es mi última publicación")]
    [TestCase("ya lo tengo decidido, el viernes lo hago")]
    [TestCase("ya no voy a ser una carga para nadie")]
    public void Spanish_clear_signs_pause(string text) => Patterns.Assess([text]).ShouldBe(RiskBand.Likely, text);

    [TestCase("ya no puedo más")]
    [TestCase("soy una carga para mi familia")]
    [TestCase("Nadie me extrañaría")]
    public void Spanish_weaker_signs_pause_too(string text) => Patterns.Assess([text]).ShouldNotBe(RiskBand.None, text);

    [TestCase("me muero de risa con este video")]
    [TestCase("Me quiero morir de la vergüenza, me caí delante de todos")]
    [TestCase("este trabajo me mata")]
    [TestCase("me mato estudiando para el examen")]
    [TestCase("se me murió el celular en el metro")]
    [TestCase("me muero por verte")]
    [TestCase("No quiero morir, quiero vivir")]
    [TestCase("Ya no quiero morir, hace dos años sí")]
    [TestCase("Hace cinco años quería morir; hoy celebro 900 días limpio")]
    [TestCase("Cuando tenía 15 intenté quitarme la vida. Hoy tengo 40 y dos hijos.")]
    [TestCase("Mi amiga dice que quiere morir y no sé cómo ayudarla")]
    [TestCase("\"Me quiero morir\" es lo que dijo mi hermana anoche")]
    [TestCase("la canción dice que quiero morir en tus brazos")]
    [TestCase("jaja me quiero morir, perdí el bus")]
    [TestCase("A veces me viene la idea de tirarme, pero nunca lo haría")]
    [TestCase("No tengo pensamientos de hacerme daño")]
    [TestCase("Llevo tres años sin cortarme")]
    [TestCase("Si alguien tiene pensamientos suicidas, que llame a la línea")]
    [TestCase("Adiós a todos, nos vemos en un mes, me voy de vacaciones")]
    [TestCase("Esta es mi última publicación por hoy")]
    [TestCase("Mi abuelo murió el martes, que en paz descanse")]
    [TestCase("no llego a fin de mes con este sueldo")]
    public void Spanish_look_alikes_do_not_pause(string text) => Patterns.Assess([text]).ShouldBe(RiskBand.None, text);

    [TestCase("تعبت من الحياة وأريد أن أنهي كل شيء الليلة")]
    [TestCase("أريد أن أموت")]
    [TestCase("اُرِيدُ أنْ أمُوت")]
    [TestCase("أريـــــد أن أمـــوت")]
    [TestCase("انا عايز اموت")]
    [TestCase("نفسي اموت وارتاح")]
    [TestCase("هنتحر النهارده")]
    [TestCase("بدي موت")]
    [TestCase("ما بدي عيش")]
    [TestCase("ابي اموت")]
    [TestCase("بغيت نموت")]
    [TestCase("غادي نقتل راسي")]
    [TestCase("عندي افكار انتحارية")]
    [TestCase("بفكر في الانتحار كل يوم")]
    [TestCase("مش عايز اعيش")]
    [TestCase("لا أريد أن أعيش")]
    [TestCase("ياريتني ما اتولدت")]
    [TestCase("أجرح نفسي كل ليلة")]
    [TestCase("رجعت اجرح نفسي")]
    [TestCase("الكل هيرتاحوا مني لو مت")]
    [TestCase("جمعت الحبوب")]
    [TestCase("هاخد كل الحبوب الليلة")]
    [TestCase("هذه آخر رسالة")]
    [TestCase("سأنتحر الليلة")]
    [TestCase("يا رب خدني")]
    public void Arabic_clear_signs_pause(string text) => Patterns.Assess([text]).ShouldBe(RiskBand.Likely, text);

    [TestCase("أنا عبء على الجميع")]
    [TestCase("محدش هيفتقدني")]
    [TestCase("تعبت من الحياة")]
    public void Arabic_weaker_signs_pause_too(string text) => Patterns.Assess([text]).ShouldNotBe(RiskBand.None, text);

    [TestCase("موتني من الضحك")]
    [TestCase("هموت من الجوع")]
    [TestCase("بموت فيك")]
    [TestCase("الشغل ده قاتلني")]
    [TestCase("الموبايل مات")]
    [TestCase("الله يرحمه، كان أبي وصديقي")]
    [TestCase("مش عايز اموت، عايز اعيش")]
    [TestCase("كنت عايز اموت من سنتين، دلوقتي أنا كويس")]
    [TestCase("صاحبي قال إنه عايز يموت ومش عارف أساعده")]
    [TestCase("كلمات الاغنية تقول اريد ان اموت")]
    [TestCase("عايز اموت هههههه الامتحان بكره")]
    [TestCase("بطلت اجرح نفسي من سنة")]
    [TestCase("لو حد عنده افكار انتحارية يكلم الخط")]
    [TestCase("هذه آخر رسالة لليوم، تصبحون على خير")]
    public void Arabic_look_alikes_do_not_pause(string text) => Patterns.Assess([text]).ShouldBe(RiskBand.None, text);

    [TestCase("ana 3ayez amoot")]
    [TestCase("badi mout")]
    [TestCase("ha2tel nafsi")]
    [TestCase("msh 3ayez a3eesh")]
    [TestCase("bafaker fel ente7ar")]
    public void Arabizi_clear_signs_pause(string text) => Patterns.Assess([text]).ShouldBe(RiskBand.Likely, text);

    [TestCase("hamoot mn el d7k")]
    [TestCase("bamoot feeki ya 7abibti")]
    [TestCase("msh 3ayez amoot")]
    public void Arabizi_look_alikes_do_not_pause(string text) => Patterns.Assess([text]).ShouldBe(RiskBand.None, text);

    // Round 7: the shapes several writers shared (a quiet act and a time in either order, means gathered, leaving the
    // world in any person of the verb, self-harm in the progressive, strength gone in the dialects), written here.
    [TestCase("Ya tengo suficiente, lo hago el viernes")]
    [TestCase("el sábado cuando todos se duerman lo voy a hacer")]
    [TestCase("mañana temprano me voy de este mundo")]
    [TestCase("lo tengo to preparao pa esta noche")]
    [TestCase("Llevo meses juntando las pastillas que me recetan")]
    [TestCase("ahorita estoy cortándome en el baño")]
    [TestCase("jaja ya sé que el sábado lo hago. No es broma.")]
    [TestCase("جمعت شريطين وهاخدهم الليله")]
    [TestCase("بكره الصبح هريحهم مني")]
    [TestCase("الليلة سأفعلها")]
    [TestCase("صار الجرح ما بيكفيني، بدي اعمق")]
    [TestCase("اليوم آخر يوم ليا")]
    [TestCase("sme7li a mama, lyoum akhir nhar")]
    public void Quiet_plans_and_self_harm_now_pause(string text) => Patterns.Assess([text]).ShouldBe(RiskBand.Likely, text);

    [TestCase("me cansé de ser un estorbo para todos")]
    [TestCase("Dejé todo en orden y le he dejado las llaves a la vecina. Nadie lo sabe.")]
    [TestCase("انا تعبت ومش قادره اكمل")]
    [TestCase("مانيش قادر نكمل")]
    public void Strength_gone_burden_and_quiet_signs_together_pause(string text) => Patterns.Assess([text]).ShouldNotBe(RiskBand.None, text);

    [TestCase("Mi hija me ha preguntado si yo me voy a morir")]
    [TestCase("Lo tengo todo preparado para la mudanza del sábado")]
    [TestCase("Me estoy quemando con el sol en la playa")]
    [TestCase("Le regalé a mi sobrino mis libros viejos el sábado")]
    [TestCase("El viernes me voy de viaje con mi familia")]
    [TestCase("بدال ما اكمل شرب، كتبت هنا")]
    [TestCase("بكره هخلص المشروع")]
    [TestCase("اليوم آخر يوم في الامتحانات")]
    [TestCase("جمعت الحبوب قبل سنتين، اليوم الحمد لله انا بخير")]
    [TestCase("Me corté hace dos años, hoy estoy bien")]
    public void Round_7_look_alikes_do_not_pause(string text) => Patterns.Assess([text]).ShouldBe(RiskBand.None, text);

    [TestCase("I'm okay most days. ya no quiero vivir")]
    [TestCase("Ya no quiero vivir. I mean it, I want to die")]
    [TestCase("Today was long. أريد أن أموت")]
    public void Mixed_text_runs_every_layer_that_applies(string text) => Patterns.Assess([text]).ShouldBe(RiskBand.Likely, text);

    [Test]
    public void A_title_in_one_language_and_a_body_in_another_are_both_read() =>
        Patterns.Assess(["Un día largo", "I want to die"]).ShouldBe(RiskBand.Likely);

    /// <summary>
    /// Spanish full of words the English layers count as cues ("final", "good", "over", "me"): the model, which knows
    /// English only, must not read it, so an ordinary Spanish post stays unpaused however its English look-alike words fall.
    /// </summary>
    [TestCase("Al final fue un buen día. Fuimos al parque con los niños, comimos helado y volvimos cansados pero felices. Good vibes, como dice mi hija.")]
    [TestCase("في النهاية كان يوما جميلا، خرجنا مع الأولاد وأكلنا الآيس كريم ورجعنا تعبانين بس مبسوطين. final exam tomorrow")]
    public void The_model_never_decides_another_language(string text)
    {
        RiskLanguages.Read([text]).English.ShouldAllBe(e => e.Length < text.Length / 2);
        RiskModelTests.WithModel.Assess([text]).ShouldBe(RiskBand.None);
    }

    [Test]
    public void A_spanish_clear_sign_stands_whatever_the_model_thinks() =>
        RiskModelTests.WithModel.Assess(["Hoy fue un día normal en el trabajo, comí con mis compañeros. Ya no quiero vivir."]).ShouldBe(RiskBand.Likely);

    /// <summary>
    /// An English post costs the language check two vectorised scans and no sentence split: it comes back as the very
    /// same list, so the English layers read exactly what they read before round 6.
    /// </summary>
    [Test]
    public void Forty_kilobytes_of_english_pass_the_language_check_untouched()
    {
        foreach (var sentence in new[]
                 {
                     "We walked along the canal and fed the ducks, then made soup with the kids and played cards. ",
                     "Work was hard this week and I am tired, but my sister came round and we talked until late. ",
                 })
        {
            var text = string.Concat(Enumerable.Repeat(sentence, 40_000 / sentence.Length + 1))[..40_000];
            string[] texts = [text];
            RiskLanguages.MayBeOther(text).ShouldBeFalse();
            RiskLanguages.Read(texts).English.ShouldBeSameAs(texts);
        }
    }

    [Test]
    public void Spanish_without_accents_is_read_as_spanish_with_them()
    {
        Patterns.Assess(["ya no quiero vivir"]).ShouldBe(Patterns.Assess(["ya no quiero vivír"]));
        Patterns.Assess(["todos estarian mejor sin mi"]).ShouldBe(RiskBand.Likely);
        Patterns.Assess(["Todos estarían mejor sin mí"]).ShouldBe(RiskBand.Likely);
    }
}
