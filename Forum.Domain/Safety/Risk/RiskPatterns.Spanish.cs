using System.Text.RegularExpressions;

namespace Forum.Domain.Safety.Risk;

/// <summary>
/// Spanish, read with and without accents: "ya no quiero vivir", "me quiero morir", "quitarme la vida", "matarme",
/// "desaparecer", "cortarme", "no despertar", "acabar con todo", "ser una carga", pills kept, goodbyes, "esta noche".
/// Idioms ("me muero de risa", "este trabajo me mata", "me mato estudiando") are taken out first.
/// </summary>
internal sealed class SpanishPatterns
{
    /// <summary>á→a, é→e, í→i, ó→o, ú/ü→u, ñ→n: people write Spanish both ways, and the patterns are written without.</summary>
    public static char Fold(char c) => c switch
    {
        'á' or 'à' or 'ä' or 'â' => 'a',
        'é' or 'è' or 'ë' or 'ê' => 'e',
        'í' or 'ì' or 'ï' or 'î' => 'i',
        'ó' or 'ò' or 'ö' or 'ô' => 'o',
        'ú' or 'ù' or 'ü' or 'û' => 'u',
        'ñ' => 'n',
        _ => c,
    };

    public static string Normalise(string raw)
    {
        var clean = RiskLanguages.Clean(raw, Fold, keepDoubles: true);
        // "quieroo", "noo", "maas": a doubled a, i, o or u is emphasis in Spanish ("ee" is not: "creer", "leer").
        clean = DoubledVowel.Replace(clean, "$1");
        clean = Laughter.Replace(clean, "jaja");
        var words = clean.Split(' ', StringSplitOptions.RemoveEmptyEntries);
        for (var i = 0; i < words.Length; i++)
        {
            if (Words.TryGetValue(words[i], out var meant)) words[i] = meant;
            // "preparao", "cansao", "acabao": the d of -ado dropped in speech.
            else if (words[i].Length > 5 && words[i].EndsWith("ao", StringComparison.Ordinal)) words[i] = words[i][..^2] + "ado";
        }
        return string.Join(' ', words.Where(w => w.Length > 0));
    }

    private static readonly Regex DoubledVowel = new(@"([aiou])\1", LanguagePatterns.Options, LanguagePatterns.Limit);
    private static readonly Regex Laughter = new(@"\b(?:j[aeijs]{3,}\w*|(?:ja|je|ji){2,}\w*|xd+|lol|lmao|haha\w*)\b", LanguagePatterns.Options, LanguagePatterns.Limit);

    /// <summary>Text-speak, typos of the words that matter, and fillers that only stand between words.</summary>
    internal static readonly Dictionary<string, string> Words = new()
    {
        ["q"] = "que", ["k"] = "que", ["ke"] = "que", ["qe"] = "que", ["xq"] = "porque", ["pq"] = "porque", ["porq"] = "porque",
        ["xk"] = "porque", ["pk"] = "porque", ["porke"] = "porque", ["xke"] = "porque", ["x"] = "por", ["tb"] = "tambien",
        ["tmb"] = "tambien", ["d"] = "de", ["toy"] = "estoy", ["toi"] = "estoy", ["estoi"] = "estoy", ["kiero"] = "quiero",
        ["qiero"] = "quiero", ["kero"] = "quiero", ["qero"] = "quiero", ["quero"] = "quiero", ["nd"] = "nada", ["nda"] = "nada",
        ["tngo"] = "tengo", ["tego"] = "tengo", ["pa"] = "para", ["bn"] = "bien", ["mna"] = "manana", ["mnn"] = "manana",
        ["mñn"] = "manana", ["aki"] = "aqui", ["nose"] = "no se", ["ns"] = "no se", ["aveces"] = "a veces", ["lla"] = "ya",
        ["ia"] = "ya", ["boy"] = "voy", ["bida"] = "vida", ["bivir"] = "vivir", ["mrir"] = "morir", ["morri"] = "morir",
        ["matarm"] = "matarme", ["matrme"] = "matarme", ["mtarme"] = "matarme", ["suicidarm"] = "suicidarme",
        ["suisidarme"] = "suicidarme", ["sucidarme"] = "suicidarme", ["suicidarmee"] = "suicidarme", ["suisidio"] = "suicidio",
        ["sucidio"] = "suicidio", ["suicido"] = "suicidio", ["suisida"] = "suicida", ["sucida"] = "suicida", ["pastias"] = "pastillas",
        ["pastis"] = "pastillas", ["pastiyas"] = "pastillas", ["kitarme"] = "quitarme", ["qitarme"] = "quitarme",
        ["kisiera"] = "quisiera", ["qisiera"] = "quisiera", ["nadien"] = "nadie", ["naiden"] = "nadie", ["asta"] = "hasta",
        ["aser"] = "hacer", ["acer"] = "hacer", ["aserme"] = "hacerme", ["acerme"] = "hacerme", ["ase"] = "hace",
        ["desaparesco"] = "desaparezco", ["desapareser"] = "desaparecer", ["biene"] = "viene",
        ["nunka"] = "nunca", ["aora"] = "ahora", ["ahorita"] = "ahora", ["orita"] = "ahora", ["mui"] = "muy", ["tmp"] = "tampoco",
        ["despertarr"] = "despertar", ["desvivirme"] = "matarme", ["autolesionarme"] = "hacerme dano", ["mejr"] = "mejor",
        ["xfa"] = "por favor", ["porfa"] = "por favor", ["cortame"] = "cortarme",
        // Letters dropped in speech (Caribbean, Andalusian): "to preparao pa esta noche", "ya no puedo ma".
        ["to"] = "todo", ["toa"] = "toda", ["na"] = "nada", ["ta"] = "esta", ["tamos"] = "estamos", ["ma"] = "mas", ["pal"] = "para el",
        ["mija"] = "mi hija", ["mijo"] = "mi hijo", ["oy"] = "hoy", ["ago"] = "hago", ["ase"] = "hace", ["pai"] = "papa", ["mai"] = "mama",
        // Fillers: the patterns read "quiero morir" whether or not "literal", "neta" or "wey" stand in it.
        ["literal"] = "", ["literalmente"] = "", ["neta"] = "", ["wey"] = "", ["guey"] = "", ["we"] = "", ["bro"] = "",
        ["sinceramente"] = "", ["honestamente"] = "", ["osea"] = "", ["pues"] = "", ["realmente"] = "", ["simplemente"] = "",
        ["solamente"] = "", ["alv"] = "", ["tipo"] = "", ["verdaderamente"] = "", ["totalmente"] = "",
    };

    private const string Ways =
        @"morir(me)?|estar muert[oa]|dejar de (existir|vivir|respirar)|desaparecer( para siempre| del mundo| de este mundo)?|no (existir|despertar|estar aqui|seguir viviendo|vivir|estar vivo|estar viva)|" +
        @"matarme|suicidarme|quitarme la vida|acabar con (todo|mi vida|esto|mi existencia)|terminar con (todo|mi vida|esto)|ponerle fin a (todo|mi vida)|irme de este mundo|dormir (para siempre|y no despertar)|" +
        @"no volver a despertar|darme un tiro|pegarme un tiro|tirarme (de|del|desde|por|a|al|bajo)|aventarme|colgarme|ahorcarme|envenenarme|cortarme las venas|tomarme todas las pastillas|dejar este mundo";

    // A quiet act: said without saying what, as people often do (round 7: each of three writers had them).
    private const string Act =
        @"lo hago|lo voy a hacer|lo hare|lo termino|lo acabo|me voy a ir yo|me voy yo|me aviento|me piro|me voy tranquil[oa]|" +
        @"voy a subir|me voy a ir de|lo voy a terminar|acabo con todo|se acaba todo|termino con todo|ya no (estoy|estare|amanezco)|" +
        @"me mato|me (lo|la|los|las) voy a tomar|me (lo|la|los|las) tomo|me tomo lo que (queda|tengo)|(lo|la|los|las) (uso|hago|voy a usar)|voy a usar (la|el|las|los)|" +
        @"mezclarlo|me tiro(?! (a la|al|en la|en el) (piscina|pileta|agua|cama|sofa|playa|suelo))|se acaba (el problema|todo|esto)|va en serio|es el momento|no (me )?voy a despertar|lo hago yo";

    // Means: a poison, a blade, a gun, medicines by name.
    private const string Means =
        "veneno|raticida|cuchilla|gillette|navaja|revolver|pistola|arma|escopeta|soga|lorazepam|clonazepam|diazepam|alprazolam|tramadol|rivotril|somniferos";

    // A time: tonight, a weekday, after something, before someone comes.
    private const string When =
        @"esta noche|hoy en la noche|manana|pasado manana|esta semana|la semana que viene|la proxima semana|este (fin de semana|finde)|" +
        @"el (finde|fin de semana|viernes|sabado|domingo|lunes|martes|miercoles|jueves)|despues (de|del) (\w+ ){0,3}|antes de que|" +
        @"cuando (todos|todo el mundo|nadie|mi \w+|se) \w+|tonight|ahi";

    private static readonly (string Pattern, RiskBand Band, bool Clear)[] Families =
    [
        // Wanting to die, to not exist; suicide of oneself.
        ($@"\b(me )?(quiero|quisiera|deseo|necesito|tengo (muchas )?ganas de|ganas de|me dan ganas de|solo quiero|lo unico que quiero es) (\w+ ){{0,2}}({Ways})\b", RiskBand.Likely, true),
        ($@"\b(me voy a|voy a|me pienso|he decidido|decidi|ya decidi|estoy decidid[oa] a|planeo|tengo pensado|estoy pensando en|pienso en|pienso|estoy por|me toca) (\w+ ){{0,1}}({Ways}|matar|suicidar)\b", RiskBand.Likely, true),
        (@"\bme (voy a|quiero) (matar|suicidar|morir|quitar la vida|colgar|ahorcar|tirar (de|del|desde|por|a|al|bajo))\b", RiskBand.Likely, true),
        (@"\bno (quiero|kiero|deseo|tengo ganas de) (\w+ ){0,1}(vivir|seguir viviendo|seguir (aqui|en este mundo|con vida)|continuar|existir|estar (aqui|viv[oa]|en este mundo)|despertar( manana)?|ver (otro|el) (dia|amanecer)|seguir)\b", RiskBand.Likely, true),
        (@"\b(pensamientos|ideas|ideacion|ganas) (\w+ ){0,1}(suicidas?|de (suicidio|suicidarme|matarme|morir(me)?|quitarme la vida|acabar con todo|desaparecer|hacerme dano|cortarme|no despertar))\b", RiskBand.Likely, true),
        (@"\b(estoy|me siento|ando|me encuentro|sigo|me puse|me pongo) (muy |tan |bien |otra vez |de nuevo )?(suicida)\b|\bsuicid\w* (otra vez|de nuevo|hoy|esta noche|ahora)\b|\b(pienso|pensando|pensar) (\w+ ){0,1}(en|sobre) (el suicidio|suicidarme|matarme|quitarme la vida|morirme|la muerte)\b", RiskBand.Likely, true),
        (@"\bnota (de suicidio|suicida)\b|\bintento de suicidio\b(?= (hoy|esta noche|otra vez))", RiskBand.Likely, false),
        (@"\b(mejor|preferiria|prefiero) (\w+ ){0,1}(estar muert[oa]|morir(me)?|no (existir|estar aqui|haber nacido|despertar))\b|\bmejor muert[oa]\b", RiskBand.Likely, true),
        (@"\b(ojala|desearia|quisiera) (que )?(no )?(me muera|me muriera|no despierte|no despertar|no amanezca|estuviera muert[oa]|estar muert[oa]|no hubiera nacido|haber nacido|desaparecer|desapareciera|dormirme y no despertar|morir(me)?|me (atropelle|mate|lleve) (algo|un|una|el|la)|(un|una|el|la|algo) (\w+ ){0,2}me (atropelle|mate|lleve))\b", RiskBand.Likely, true),
        (@"\bno (hay|tengo|le veo|encuentro|me queda|me quedan) (ninguna |ningun )?(razon(es)?|motivos?|sentido|ganas) (para|de|a|en) (vivir|seguir|la vida|seguir viviendo|estar aqui|existir)\b|\bno vale la pena (vivir|seguir (viviendo|aqui))\b", RiskBand.Likely, true),
        (@"\b(estoy |me siento )?(hart[oa]|cansad[oa]|agotad[oa]) de (vivir|la vida|existir|estar viv[oa]|seguir viv[oa]|respirar)\b", RiskBand.Likely, true),
        (@"\bdormir y no (volver a )?despertar\b|\bno (volver a )?despertar (nunca|mas|manana|jamas)\b|\bno despertar(me)? mas\b|\bdormir para siempre\b", RiskBand.Likely, true),
        (@"\b(irme|desaparecer|acabar|terminar|dormir) (de aqui |con todo )?para siempre\b", RiskBand.Likely, false),
        (@"\b(la vida|vivir|mi vida) (ya )?no (tiene|le veo) sentido\b|\bpara que (seguir|vivir|seguir viviendo)\b|\bno tiene sentido seguir\b", RiskBand.Possible, false),
        (@"\b(ya )?no (puedo|aguanto|soporto|doy) (mas|con (esto|todo|mi vida|la vida)|seguir (asi|con esto)?)\b|\bno (puedo|aguanto) (\w+ ){0,1}mas\b", RiskBand.Possible, false),
        (@"\bacabar con todo\b|\bterminar con todo\b|\bponer(le)? fin a (todo|mi vida)\b|\bque todo (termine|acabe|se acabe)\b", RiskBand.Likely, false),
        // Burden; nobody would miss me.
        (@"\b(soy|me siento|siento que soy|solo soy) (una |un )?(carga|estorbo|molestia|peso muerto|lastre)\b", RiskBand.Possible, false),
        (@"\b(todos|todo el mundo|mi familia|mis (hijos|padres|papas|amigos)|ellos|ella|la gente|mi (mama|papa|madre|padre|pareja|novi[oa]|espos[oa])) (\w+ ){0,2}(estarian|estaria|vivirian|viviria|serian|seria|estaran|estara|van a estar|va a estar) (mejor|mas (felices|feliz|tranquil[oa]s?)|tranquil[oa]s?|en paz|bien)( \w+){0,2} (sin mi|si (yo )?(no estuviera|me muero|me muriera|desapareciera|me fuera|ya no estoy))\b|\bmejor sin mi\b", RiskBand.Likely, true),
        (@"\b(nadie|ninguno) (me )?(extranaria|extranara|echaria de menos|echara de menos|notaria|notara|se daria cuenta|se dara cuenta|va a notar|me va a extranar|lloraria|lo notaria|me buscaria)\b", RiskBand.Possible, false),
        // Plans, means, timing.
        (@"\b(tengo|ya tengo|hice) (un |el |todo )?(plan|planeado|todo pensado|decidido)\b(?! (para|de) (el|la|los|las|mi|hoy|manana|vacaciones|viaje|finde|fin))", RiskBand.Likely, true),
        (@"\b(ya )?(se|decidi|elegi|escogi|tengo) (como|cuando|donde|el dia|la fecha|la hora|el metodo) (lo voy a hacer|hacerlo|voy a hacerlo|lo hare|me voy a|matarme|hacerlo)\b", RiskBand.Likely, true),
        (@"\b(junte|juntando|guardando|guarde|acumul\w*|ahorrando|escondiendo|escondi|conte|contando|juntado|guardado|reuniendo|reuni|tengo guardad[oa]s) (\w+ ){0,2}(pastillas|pildoras|medicamentos|medicinas|remedios|tabletas|clonazepam|paracetamol|pastas|ansioliticos|antidepresivos|somniferos)\b", RiskBand.Likely, true),
        (@"\b(pastillas|pildoras|medicamentos|medicinas|tabletas|cuchilla|navaja|soga|cuerda|pistola|arma|veneno|somniferos) (\w+ ){0,2}(guardad[oa]s|listas?|preparad[oa]s|escondid[oa]s|en la mano|frente a mi|al lado|conmigo|en mi mano|juntas|contadas|esperando)\b", RiskBand.Likely, true),
        (@"\b(tomar(me)?|me voy a tomar|tragar(me)?|me tomo|me trago|beberme|me bebo) (\w+ ){0,1}(todas|toda|la caja|el frasco|el bote|todo el frasco|todo el blister)\b(?! (la (noche|semana|manana)|el dia))", RiskBand.Likely, true),
        (@"\bsobredosis\b(.*\b(esta noche|hoy|a proposito|quiero|voy a|otra vez|de nuevo)\b)|\b(quiero|voy a) (\w+ ){0,1}(una )?sobredosis\b", RiskBand.Likely, true),
        (@"\b(soga|cuerda)\b(.*\b(cuello|colgar\w*|ahorcar\w*|viga|techo|lista)\b)|\b(compre|consegui|tengo) (una |la )?(soga|pistola|veneno)\b", RiskBand.Likely, false),
        (@"\b(tirarme|aventarme|lanzarme|arrojarme|me tiro|me aviento|me lanzo|saltar|me voy a tirar|me voy a aventar) (\w+ ){0,1}(de|del|desde|por|a|al|bajo|frente a) (un |el |la |las |los |una )?(puente|azotea|techo|balcon|ventana|edificio|via|vias|tren|metro|acantilado|piso|barranco|carro|coche|auto|camion|autobus|mar|rio)\b", RiskBand.Likely, true),
        (@"\b(puente|azotea|balcon|edificio|vias del tren|acantilado|barranco)\b(.*\b(tirarme|saltar|aventarme|lanzarme|me tiro|me aviento|mirando (hacia )?abajo|estuve parad[oa]|esta noche)\b)", RiskBand.Likely, false),
        (@"\b(esta noche|hoy|manana|este fin de semana|el finde|el viernes|el sabado|el domingo|el lunes|antes de (navidad|mi cumpleanos|fin de mes))\b(.*\b(lo hago|lo voy a hacer|es la noche|es el dia|se acaba todo|termina todo|acabo con todo|me mato|ya no (voy a )?estar|no voy a estar|no estare|sera mi ultim\w+|es mi ultim\w+|me despido|todo termina|lo hare|se acabo todo)\b)", RiskBand.Likely, false),
        (@"\bya no (voy a|vaya a) (estar|seguir) (aqui|mas|por mucho tiempo|viv[oa]|en este mundo|para (nadie|ustedes|mi familia))\b|\bno (voy a|vaya a) estar (aqui )?(mucho tiempo|para siempre|manana)\b|\bno (llego|llegare|voy a llegar) a (manana|navidad|fin de (mes|ano)|mi cumpleanos)\b", RiskBand.Likely, false),
        (@"\b(es|sera|este es|esta es|va a ser) (mi )?(ultim[oa]) (mensaje|publicacion|post|dia|noche|vez que escribo|carta)\b(?! (del (dia|ano|mes)|por (hoy|ahora|un tiempo|un rato)|de la semana|antes de|en un tiempo|aqui por))", RiskBand.Likely, false),
        // Goodbyes, giving things away, settling affairs.
        (@"(\badios (a todos|para siempre|mundo|a todo|amigos|chicos|gente|foro)\b|^adios( para siempre)?$|\b(me despido|quiero despedirme|vengo a despedirme|esto es una despedida|es mi despedida|me estoy despidiendo|despedirme de (todos|ustedes))\b)(?!.*\b(por (ahora|un tiempo|unos dias|hoy)|hasta (luego|pronto|manana|la proxima|el|la)|nos vemos|vuelvo|volvere|regreso|me mudo|vacaciones)\b)", RiskBand.Likely, false),
        (@"\b(ya )?no (van a|vas a|volveran a|volveras a) (saber|oir|leer|ver) (nada |mas )?(de mi|mas de mi)\b|\bno me (busquen|lloren)\b|\bno (esten tristes|se sientan culpables) (por mi)?\b", RiskBand.Likely, false),
        (@"\bcuiden (a|de) (mi|mis) (perro|perra|gato|gata|hijos|hijas|mama|papa|familia|madre|padre|hermanos|plantas)\b|\b(perdonenme|perdon por todo|lo siento por todo|perdonen todo)\b", RiskBand.Possible, false),
        (@"\b(escribi|escribiendo|deje|dejando|redacte|estoy escribiendo) (\w+ ){0,2}(una |unas |la |las )?(cartas?|notas?) (de despedida|para (mi|mis|todos|cada|ellos))\b|\bcarta de despedida\b", RiskBand.Likely, false),
        (@"\b(regale|regalando|estoy regalando|regalar|repartiendo|reparti) (\w+ ){0,2}(mis cosas|todas mis cosas|mi ropa|mi guitarra|mi perro|mi gato|mis libros|todo lo que tengo)\b", RiskBand.Possible, false),
        (@"\b(cuando|despues de que|si) (yo )?(ya )?no (este|estoy|exista)\b|\bcuando me (muera|haya ido)\b|\bantes de irme para siempre\b", RiskBand.Possible, false),
        // Said quietly: a decision, a day, leaving for good, letters, things given away (writers of round 6 said it so more often than outright).
        (@"\b(ya )?(lo )?(decidi|tengo decidido|esta decidido|he decidido|tome la decision|he tomado la decision|me decidi|lo tengo decidido|ya lo pense bien|lo estoy planeando|lo tengo planeado|lo planee|llevo (\w+ ){0,2}planeandolo|planeandolo)\b(?! (de |a |que )?(dejar|ir|empezar|volver|buscar|pedir|internarme|entrar|hablar|contar|llamar|cambiar|aceptar|seguir|mudarme|quedarme|no (volver|beber|tomar|consumir)|irme de (casa|viaje|vacaciones)))", RiskBand.Likely, false),
        (@"\b(ya )?(tengo|se|decidi|elegi|tengo pensado|estuve viendo|tengo claro) (\w+ ){0,1}(fecha|(como|donde|cuando) y (cuando|como|donde))\b|\bya (decidi|se) cuando\b", RiskBand.Likely, true),
        (@"\bme voy (a ir )?(para siempre|pa siempre|de verdad|contigo)\b|\by no (vuelvo|volvere|voy a volver)\b|\bno (pienso|voy a) volver\b|\b(ya )?(me )?puedo ir(me)?( tranquil[oa])?\b(?! (de|a|al|con|para|en) )|\bes para siempre\b|\b(cerrar|apagar|terminar) (\w+ ){0,2}para siempre\b", RiskBand.Likely, false),
        (@"\b(manana|el \w+|en \w+|despues de esta noche|esta noche|hoy|para entonces|pa cuando amanezca) ya no (estoy|estare|voy a estar|existo|amanezco)\b|\bya no amanezco\b|\bno (amanezco|voy a amanecer)\b|\bno voy a estar aqui (pa|para) cuando\b|\bya no me (va|van) a encontrar\b", RiskBand.Likely, false),
        (@"\bya no voy a (ser|seguir siendo) (un |una )?(problema|peso|carga|estorbo|molestia|gasto)\b|\bya no voy a necesitar (el|la|mi|mis|los|las|nada)\b|\bya no tengo (pendientes|nada que me (retenga|quede))\b|\bya no va a haber nada que me retenga\b", RiskBand.Likely, false),
        (@"\bno (creo que )?(llegue|llego|llegare|voy a llegar) (al|a la|a) (lunes|martes|miercoles|jueves|viernes|sabado|domingo|manana|navidad|fin de ano|mi cumpleanos|semana|proxima)\b", RiskBand.Likely, false),
        (@"\b(ya )?(escribi|deje|le deje|les deje|le escribi|les escribi|redacte|tengo escritas) (\w+ ){0,2}(las |una |unas |mi )?(cartas|carta|notas)\b(?! (de (presentacion|recomendacion|motivacion)|para (el|la) (trabajo|banco|universidad|juez|abogad\w*)))", RiskBand.Possible, false),
        (@"\b(ya )?me (despedi|estoy despidiendo|despido) de (todos|ustedes|mi|mis|la|el)\b(?!.*\b(por (ahora|un tiempo)|hasta|nos vemos|vacaciones|me mudo|viaje)\b)", RiskBand.Likely, false),
        (@"\b(regale|le regale|ya regale|le di|les di|le deje|les deje|ya le deje|deje pagad[oa]|cerre la cuenta) (\w+ ){0,3}(la guitarra|mi guitarra|la consola|mi perro|mi gato|mi gata|el reloj|mis cosas|las llaves|todo|mis plantas|la plata|el dinero|la cuenta|un ano)\b", RiskBand.Possible, false),
        (@"\bya (tengo|consegui) (todo )?(lo que (necesito|voy a usar)|todo listo|todo)\b(?! (para|pa) (el|la|los|las|mi|mis|ir|viaje|mudanza|manana))|\btengo (guardado|juntado|escondido) lo que\b|\bya (las |los |la |lo )?tengo\b(?=.*\b(pastillas|cosas|arma|laboratorio)\b)", RiskBand.Likely, false),
        (@"\b(meterme|me voy a meter|me lo voy a meter|me meto|tomarme|me tomo|me voy a tomar|tragarme|me voy a terminar) (\w+ ){0,2}todo( lo que (tengo|me queda|tengo guardado))?\b|\btodas las pastillas\b", RiskBand.Likely, false),
        (@"\bpor lo que (voy a|pienso) hacer\b|\blo que pienso hacer\b|\bno quiero que (nadie )?me (salve|salven|convenzan|detengan|encuentren)\b|\bno (busco|quiero) que nadie me convenza\b|\bno me van a hacer cambiar de idea\b|\bquitar(me)? de en medio\b", RiskBand.Likely, false),
        (@"\b(es|seria) (desaparecer|irme|morirme|no estar|matarme)\b|\bno quiero estar (mas )?(aca|aqui|en este mundo)\b|\bno me quiero (despertar|levantar mas)\b|\bterminar con mi vida\b|\bacabar con mi vida\b|\bquitarme la vida\b", RiskBand.Likely, true),
        (@"\b(es|sera|este es|esta es|esta sera|va a ser) mi ultim[oa] (cumpleanos|navidad|semana|mes|dia|noche|ano)\b|\b(era|es|sera) la ultima vez\b(?! que (voy|bebo|tomo|consumo|fumo|lo hago|recaigo))", RiskBand.Likely, false),
        (@"\b(nadie|ninguno) (me |lo )?(va|iba) a (extranar|notar|echar de menos|llorar)\b|\b(seguro|poliza) de vida\b|\blife insurance\b|\bperdon a todos\b|\bno es un viaje\b|\bsi (manana )?no (contesto|respondo|escribo|aparezco)\b", RiskBand.Possible, false),
        (@"\bya (saben|sabran|sabras|sabes) (por que|porque)\b", RiskBand.Likely, false),
        (@"\b(quiero|voy a) irme (con (ella|el|ellos|mi \w+|dios)|detras|atras|como se van)\b|\bme voy (atras|detras)\b|\bir (yo )?a su encuentro\b|\b(y |ya )no regresar\b|\bya se lo que voy a hacer\b|\bmas profundo que nunca\b|\bes el momento\b(?=.*\b(esta noche|hoy|manana|cuando)\b)", RiskBand.Likely, false),
        (@"\b(arma|pistola|revolver|escopeta)\b(.*\b(limpiando|en las manos|en la mano|cargada|cargado|la cargue|guardad[oa])\b)|\b(puesto|dejado|deje) (en orden )?mis asuntos\b|\barregle lo necesario\b|\btestamento\b|\bya no tengo que (seguir )?(fingir|fingiendo)\b|\byo sobro\b|\bno le (encuentro|veo) (caso|sentido) a (levantarme|vivir|nada|seguir)\b|\bpor ultima vez\b|\b(que|dios) me recoja\b", RiskBand.Possible, false),
        (@"\b(hasta|que me) (sangrar|sangre)\b|\b(salio|sale) (mucha )?sangre\b|\bmucha sangre\b", RiskBand.Likely, false),
        (@"\bacabo de (cortarme|lastimarme|hacerme (mas )?dano|quemarme|golpearme)\b|\bme acabo de (cortar|lastimar|quemar|golpear|hacer dano)\b", RiskBand.Likely, true),
        // Self-harm now.
        (@"\b(cortarme|cortandome|me corto|me corte|me estoy cortando|me he cortado|cortare|me volvi a cortar|lastimarme|me lastimo|me lastime|quemarme|me quemo|golpearme|me golpeo|hacerme dano|me hago dano|me hice dano|me autolesiono|me autolesione) (\w+ ){0,2}(las venas|los brazos|el brazo|las piernas|la pierna|los muslos|el muslo|las munecas|la muneca|la piel|otra vez|de nuevo|hoy|anoche|esta noche|ayer|con (una |la |el )?(cuchilla|navaja|tijeras?|vidrio|cutter|gillette|hoja|encendedor|cigarro)|a proposito|para sentir|hasta sangrar)\b", RiskBand.Likely, true),
        (@"\b(quiero|necesito|tengo (muchas )?ganas de|ganas de|voy a|volvi a|recai y|sigo|no puedo dejar de|me dan ganas de) (\w+ ){0,1}(cortarme|lastimarme|hacerme (mas )?dano|autolesionarme|quemarme|golpearme|hacerme cortes|rasgunarme|aranarme)\b", RiskBand.Likely, true),
        (@"\b(autolesion\w*|cutting|cortes)\b (\w+ ){0,2}(otra vez|de nuevo|hoy|anoche|esta noche|ayer)\b|\breca(i|ida|yendo) (en|con) (la |el )?(autolesion|cortarme|cutting|cortes)\b", RiskBand.Likely, true),
        // Round 7: the shapes three writers shared rather than one writer's phrases. A quiet act and a time, in either order.
        ($@"\b({Act})\b.*\b({When})\b|\b({When})\b.*\b({Act})\b", RiskBand.Likely, false),
        // Means gathered over time; a place chosen.
        (@"\b(juntando|junte|he juntado|apartando|aparte|he apartado|guardando|he guardado|ahorrando|acumulando|acumule|escondiendo|juntar|apartar) (\w+ ){0,4}(medicacion|medicamentos|pastillas|somniferos|clonazepam|ansioliticos|recetas|lo que me dan)\b|\bya tengo (suficientes?|bastantes?)( pastillas)?\b", RiskBand.Likely, false),
        (@"\b(el|un) (lugar|sitio) (pensado|escogido|elegido|decidido)\b|\b(escogido|elegido|pensado|decidido) el (lugar|sitio|dia)\b|\bya (escogi|elegi) (el|un) (lugar|sitio)\b|\bvoy a subir (hasta )?(arriba|la azotea|al techo)\b", RiskBand.Likely, false),
        (@"\b(ya )?(lo )?tengo (todo )?(pensado|preparado|planeado|listo|organizado|claro)\b(?! (para|pa) (el|la|los|las) (viaje|mudanza|examen|boda|fiesta|cumple|cumpleanos|entrevista|trabajo|clase|presentacion|reunion|cena|comida))|\b(ya )?hice mi decision\b|\btome mi decision\b", RiskBand.Likely, false),
        // Means at hand: a poison, a blade, a gun, pills kept, beside oneself or with a time.
        ($@"\b({Means})\b.*\b(guardad[oa]s?|guardao|escondid[oa]|en la mano|al lado|a mano|en la mesa|cargad[oa]|listo|lista|{When}|hoy)\b|\b(tengo|ya tengo|tengo guardad[oa]s?|guarde|compre|consegui|saque|ya saque) (\w+ ){{0,3}}(el |la |mi |una |un )?({Means})\b(?=.*\b({When}|hoy|ya|me voy a|voy a|lo voy a)\b)", RiskBand.Likely, false),
        (@"\bme (pego|voy a pegar|meto|voy a meter|doy|voy a dar) un (tiro|balazo)\b|\bme (voy a|vuelvo a|he vuelto a|volvi a|quiero) (cortar|quemar|lastimar|hacer dano)\b|\bhacerlo mas (hondo|profundo)\b", RiskBand.Likely, true),
        // Leaving the world, in any person of the verb.
        (@"\b(me voy a ir|irme|me voy|me ire|me quiero ir|quiero irme|me vaya) (yo )?(de este mundo|de esta vida|con (mi|mis) (vieja|viejo|madre|padre|mama|papa|abuel[oa]|espos[oa]|hij[oa]|difunt[oa]))\b|\birme (yo )?(antes|tranquil[oa])\b", RiskBand.Likely, true),
        (@"\b(duermo|me duermo|dormire|me voy a dormir|descanso|descansare|me ire|me voy|me piro|me largo|me marcho|desaparezco|desaparecere|me despido) (\w+ ){0,1}(para siempre|pa siempre)\b|\b(esta noche|hoy|manana) me voy tranquil[oa]\b", RiskBand.Likely, false),
        (@"\bya no (voy a|vaya a) estar (la semana|el (mes|ano|finde|fin de semana|lunes|martes|miercoles|jueves|viernes|sabado|domingo)|manana|para (el|la|navidad|tu|su|mi))\b|\bno llegar a los \d+\b|\bya no lo (paso|celebro)\b", RiskBand.Likely, false),
        (@"\b(es|seria|veo|queda) (la )?unica salida\b(?! (es|seria) (pedir|hablar|buscar|ir|llamar))|\bla unica salida (que (veo|me queda))\b", RiskBand.Likely, false),
        // Self-harm now, in the progressive and the present.
        (@"\b(estoy|sigo|ando|ahora|ahorita) (\w+ ){0,1}(cortandome|quemandome|lastimandome|golpeandome|rasgunandome|haciendome dano|sangrando)\b|\bme estoy (cortando|quemando|lastimando|golpeando|haciendo dano)\b(?! (con|por|al|en) (el sol|la playa))", RiskBand.Likely, true),
        (@"\b(cort\w*|heridas?|quemaduras?)\b.*\bmas (hondo|profundo)\b|\b(sangr\w+|cort\w+|quem\w+)\b.*\bno (quiero|puedo) parar\b", RiskBand.Likely, true),
        // Being a burden, in any form of the verb.
        (@"\b(ser|soy|siendo|sere|seguir siendo) (un |una )?(estorbo|carga|molestia|peso muerto|lastre)\b", RiskBand.Possible, false),
        (@"\bperdon(ame|enme|adme)? (por|x) todo\b|\b(dile|diganle|decidle|decile|dile) a (mi|mis) \w+ que (no fue su culpa|lo siento|la quiero|lo quiero|los quiero)\b", RiskBand.Possible, false),
    ];

    // Harmless uses of the words above, taken out before anything is matched.
    private const string Idioms =
        @"\b(me |nos |se )?(muero|muere|morimos|muriendo|morirme|morir|moria|muerto|muerta|muertos|muertas) (de|del) (la )?(risa|hambre|sueno|ganas|verguenza|pena|calor|frio|amor|envidia|nervios|aburrimiento|miedo|cansancio|curiosidad|ternura|sed|emocion|alegria|asco|celos|dolor de \w+)\b|" +
        @"\b(me )?(quiero|voy a) morir(me)? de (la )?(risa|verguenza|pena|hambre|sueno|calor|frio|aburrimiento|nervios|ternura|amor|emocion)\b|" +
        @"\b(me )?(muero|moria|muriendo) por (ver|verte|ir|saber|probar|conocer|que)\b|" +
        @"\b(me|nos|te) (mata|matan|mato|matas|matara|esta matando|estan matando) (la |el |de )?(risa|calor|frio|espera|trafico|tarea|trabajo|jefe|examen|suspenso|curiosidad|ansiedad|cabeza)\b|" +
        @"\b(este|el|mi|ese) (trabajo|jefe|examen|calor|trafico|horario|curso|tarea|dolor de \w+) (me )?(mata|esta matando|va a matar)\b|" +
        @"\b(me )?(mato|mate|matarme|matando|matandome|maten) (estudiando|trabajando|a trabajar|a estudiar|en el gym|en el gimnasio|haciendo|corriendo|limpiando|por (ti|el|ella|ellos|mis hijos))\b|" +
        @"\b(se|me) (murio|muere|murieron|esta muriendo) (el|la|mi) (celular|cel|telefono|movil|bateria|laptop|compu|computadora|coche|carro|planta|wifi|internet)\b|" +
        @"\bmataria por (un|una|el|la)\b|\bmatar el tiempo\b|\bni muert[oa]\b|\bmuert[oa] de (risa|hambre|sueno|cansancio|miedo|frio|calor|verguenza)\b|" +
        @"\b(no )?(llego|llegamos|llegar|llega) a fin de mes\b|" +
        @"\bdescanse en paz\b|\bque en paz descanse\b|\bq e p d\b|\bqepd\b";

    public LanguagePatterns Patterns { get; } = new(
        Families,
        Idioms,
        lookAlike:
            @"^(?!.*\bno (es|era|estoy|estaba) (una |un |de )?(broma|bromeando|chiste|joda)\b).*?\b(jaja|broma|bromeando|bromita|chiste|meme|sarcasmo|ironia|es un decir)\b|\bestoy muert[oa]\b(?! por dentro)|" +
            @"\b(cancion|canciones|letra|cantante|canta|cantaba|album|pelicula|peli|serie|capitulo|episodio|libro|novela|poema|poesia|personaje|videojuego|partida|noticia|noticias|articulo|documental|podcast|telenovela|(el|un|del|los) anime|manga|obra de teatro)\b|" +
            @"\bintrusiv\w*\b|\b(me asusta|me aterra|me asustan|me aterran|me asustaba|me aterraba|me da miedo la idea)\b|\btoc\b|\bobsesion\w*\b|\b(nunca|jamas|no) lo (haria|hare|voy a hacer)\b|\bno (tengo|hay) (ninguna )?intencion de\b|\bno (lo )?(pienso|voy a) hacer( nada)?\b|\bno voy a actuar\b|\bse me (pasa|cruza|viene|pasan|cruzan|vienen) por la (cabeza|mente)\b|\bme (llega|viene|llegan|vienen) la idea\b.*\baunque no\b|\bme (mudo|voy a mudar)\b|" +
            @", (me )?(dijo|dice|escribio|conto|comento) (mi|una|un|ella)\b",
        takenBack: @"^(pero )?(nunca|jamas|no) lo (haria|hare|voy a hacer)\b|^(pero )?no (quiero|voy a|pienso) hacerlo\b|^(pero )?no (lo )?(pienso|voy a) hacer|^(pero )?(es|son) (solo )?(un |unos )?pensamientos? intrusiv|^(pero )?no tengo (ninguna )?intencion\b",
        past:
            @"\b((?<!desde )hace (\w+ ){0,2}(anos|ano|meses|mes|semanas|tiempo|mucho)(?! que)|(desde|hasta|de) los \d+|antes(?! de)|solia|cuando (era|tenia|estaba|estuve|fui|vivia)|de (nin[oa]|adolescente|joven|chic[oa]|pequen[oa])|a los \d+|" +
            @"en (19|20)\d\d|el ano pasado|el (verano|invierno|otono|mes) pasado|la (primavera|semana) pasada|hubo (un|una) (tiempo|epoca|momento|noche|vez|dia|ano)|en (aquel|ese) (entonces|momento|tiempo|tiempo)|" +
            @"en mi peor (momento|epoca)|recuerdo|me acuerdo|tenia(?! que)|tuve|estaba|estuve|queria|quise|pensaba|intente|lo intente|sentia|senti|llegue a|habia|desde que|en esa epoca|por aquel entonces|sobrevivi)\b",
        turnToNow: @"pero|ahora|hoy|esta noche|otra vez|de nuevo|todavia|aun|sigo|ultimamente|estos dias|ya no|y ya|sin embargo",
        others:
            @"\b(dijo|dice|dicen|me dijo|me conto|cuenta|escribio|publico|pregunto|preguntado|pregunta|comento|diciendo|diciendome|mi (mejor |gran |buen[oa] )?(amig[oa]|herman[oa]|hij[oa]|mama|papa|madre|padre|pareja|novi[oa]|espos[oa]|marido|mujer|prim[oa]|tia|abuel[oa]|compa\w*|jefe|jefa|vecin[oa]|paciente|alumn[oa]|ex|sobrin[oa]|suegr[oa]|cunad[oa])|(un|una) (amig[oa]|chic[oa]|senor|senora|persona|conocid[oa]|companer[oa])|alguien|ella|ellos|ellas|la gente|las personas|quien|quienes)\b",
        firstPerson: @"^\s*(yo|me|mi (cabeza|mente))\b",
        advice: @"\b(si|cuando) (alguien|tu|usted|una persona|un amigo|una amiga|tienes|sientes|piensas|te sientes|conoces|tu hij[oa]|tu amig[oa]|alguna vez)\b|\bcomo (ayudo|ayudar|hablar|puedo ayudar|le digo|apoyar|se ayuda)\b|\bsenales de (alerta|riesgo)\b|\bpreguntarle si\b|\bque hacer si\b",
        negated:
            @"\b(no|nunca|jamas|ni|sin|ya no|tampoco|no tengo|no tuve|no hay|no tengo (\w+ )?(pensamientos|ganas|intencion|planes?|deseos?) de|deje de|he dejado de|llevo (\w+ ){1,3}sin|no he vuelto a|nunca he|nunca voy a|no voy a|no pienso|no es que|ya no tengo)",
        hints: Hints,
        pastAfter: @"hace (\w+ ){0,2}(anos|ano|meses|mucho tiempo)|de (nin[oa]|adolescente|joven|pequen[oa]|chic[oa])|cuando (era|tenia|estaba|estuve|vivia)|en (19|20)\d\d|el ano pasado|a los \d+");

    // Kinds of quiet sign (LanguagePatterns.HintsToPause of them in a post pause it): a day named, a thing given away,
    // affairs put in order, a goodbye or a pardon asked, strength gone or a calm decision, a secret kept, means or a place.
    private static readonly string[] Hints =
    [
        $@"\b({When})\b",
        @"\b(le|les) (he )?(di|deje|dejado|pase|pasado|regale|regalado|dado|mande|mandado) (a (mi|mis|la|el|al|los|las|un|una) \w+ )?(mi|mis|todas mis|todos mis|todo (el|lo)|la|el|los|las) \w+|\b(regale|he regalado|regalando|repartiendo|he repartido) (\w+ ){0,3}(mis|mi) \w+|\b(le|les) (pedi|dije) que (se ocupe|cuide|cuiden|se quede|se queden)\b",
        @"\b(todo en orden|los papeles|mis papeles|el testamento|notario|las claves|deje escrito|dejado escrito|cosas del banco|cuentas del banco|seguro de vida|a nombre de (mi|mis)|(pague|he pagado) (todas )?(mis )?deudas|le devolvi|en paz con (todos|todo))\b",
        @"\b(perdon(ame|enme|adme)? (por|x) todo|lo siento por todo|no fue (su|tu) culpa|solo quer(ia|i) (despedirme|que alguien|que supieran)|fuiste (muy |la |el )?(buen[oa]|mejor)|un abrazo a (todos|los que)|no se preocupen|que no se preocupe|me da pena \w+|gracias por (todo|acompanarme)|despedirme)\b",
        @"\b(ya no (puedo|aguanto|soporto)|no aguanto mas|ya estoy list[oa]|estoy (list[oa]|decidid[oa])|no tengo miedo|me canse de (pelear|luchar|todo|vivir|ser)|odio mi vida|no sirvo para nada|no hay salida|ya estuvo|ya esta decidido|no quiero que (nadie )?(me busque|se preocupe|gasten|sepan)|muy tranquil[oa]|mas de lo normal)\b",
        @"\b(no (se lo|le|les) (he )?(dicho|dije|conte|contado)|no le dije por que|nadie (lo )?sabe|no saben que|no (le|les|se lo) (digais|digan|digas|diga)|sin que nadie se (de|entere)|asi nadie me busca|nadie me (espere|busque|busca))\b",
        @"\b(pastillas|medicacion|medicamentos|somniferos|azotea|puente|vias del tren|barranco|acantilado|soga|cuerda|pistola|veneno|encendedor|cuchilla|navaja)\b",
    ];
}
