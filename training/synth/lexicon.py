"""Lexicons of marketing Dutch: verbs, nouns, adjectives, adverbs, pronouns.

Nouns carry a semantic class so that verbs get sensible objects:
PERS (people and groups), DOC (things you send, read or write), EVENT (things you plan or
attend), PROD (products and services you buy or use), GOAL (results you reach or improve),
MEAS (quantities that grow or fall), TOPIC (subjects of questions and advice), TIME.
"""

from __future__ import annotations

from dataclasses import dataclass

from training.synth.morph import Verb


@dataclass(frozen=True)
class Noun:
    lemma: str
    gender: str  # "de" or "het"
    plural: str
    cls: str
    dim: str = ""  # diminutive singular (het-word), plural + "s"
    mass: bool = False


def _nouns(cls: str, spec: str) -> list[Noun]:
    """Parse "de klant klanten; het team teams; ..." (mass nouns: plural "-")."""
    out = []
    for item in spec.split(";"):
        item = item.strip()
        if not item:
            continue
        parts = item.split()
        gender, lemma, plural = parts[0], parts[1], parts[2]
        dim = parts[3] if len(parts) > 3 else ""
        out.append(Noun(lemma, gender, plural, cls, dim, mass=plural == "-"))
    return out


NOUNS: list[Noun] = [
    *_nouns("PERS", """
        de klant klanten klantje; de coach coaches; de fysiotherapeut fysiotherapeuten;
        de trainer trainers; de collega collega's; de medewerker medewerkers;
        de manager managers; de ondernemer ondernemers; de eigenaar eigenaren;
        de adviseur adviseurs; de specialist specialisten; de lezer lezers;
        de bezoeker bezoekers; de deelnemer deelnemers; de cursist cursisten;
        de patiënt patiënten; de leverancier leveranciers; de partner partners;
        het team teams teampje; de directeur directeuren; de marketeer marketeers;
        de verkoper verkopers; de hardloper hardlopers; de sporter sporters;
        de ouder ouders; de student studenten; de gast gasten; de abonnee abonnees;
        het lid leden; de volger volgers; de ontwikkelaar ontwikkelaars;
        de accountant accountants; de consulent consulenten; de huisarts huisartsen;
        de therapeut therapeuten; de kapper kappers; de fotograaf fotografen;
        de webshop-eigenaar webshop-eigenaren; de zzp'er zzp'ers; de werkgever werkgevers;
        de werknemer werknemers; de kandidaat kandidaten; de docent docenten;
        de leidinggevende leidinggevenden; de moeder moeders; de vader vaders;
        de vriend vrienden; de buurman buurmannen; de ambassadeur ambassadeurs;
        de expert experts; de beginner beginners; de professional professionals;
        de afdeling afdelingen; de organisatie organisaties; het bedrijf bedrijven;
        de webwinkel webwinkels; de praktijk praktijken; de club clubs
    """),
    *_nouns("DOC", """
        de offerte offertes; de factuur facturen; de nieuwsbrief nieuwsbrieven;
        de e-mail e-mails; het bericht berichten berichtje; het rapport rapporten;
        het contract contracten; de brochure brochures; de blog blogs;
        het artikel artikelen; het verslag verslagen; de bevestiging bevestigingen;
        de handleiding handleidingen; de checklist checklists; het voorstel voorstellen;
        de aanvraag aanvragen; het formulier formulieren; de bestelling bestellingen;
        het pakket pakketten pakketje; de review reviews; de video video's filmpje;
        de podcast podcasts; de presentatie presentaties; de folder folders;
        de link links; de gids gidsen; het e-book e-books; de post posts;
        de vacature vacatures; de tekst teksten tekstje; de update updates;
        de herinnering herinneringen; de uitnodiging uitnodigingen; het overzicht overzichten
    """),
    *_nouns("EVENT", """
        de afspraak afspraken afspraakje; de intake intakes; de training trainingen;
        de workshop workshops; het webinar webinars; het gesprek gesprekken gesprekje;
        de sessie sessies; de les lessen lesje; de cursus cursussen;
        het evenement evenementen; de demo demo's; de meeting meetings;
        de marathon marathons; de wedstrijd wedstrijden; de proefles proeflessen;
        het consult consulten; de behandeling behandelingen; de kennismaking kennismakingen;
        de bootcamp bootcamps; de masterclass masterclasses; het adviesgesprek adviesgesprekken;
        de rondleiding rondleidingen; de lancering lanceringen; de actie acties;
        de hardloopwedstrijd hardloopwedstrijden; de duurloop duurlopen; het kwartaal kwartalen;
        de vergadering vergaderingen; de beurs beurzen; de opleiding opleidingen
    """),
    *_nouns("PROD", """
        het abonnement abonnementen; het product producten; de dienst diensten;
        de app apps; de website websites; de tool tools; de software -;
        het platform platforms; het account accounts; de schoen schoenen;
        het horloge horloges; het programma programma's; de oplossing oplossingen;
        het aanbod -; de collectie collecties; het lidmaatschap lidmaatschappen;
        het pakket pakketten; de webshop webshops; het dashboard dashboards;
        de module modules; de cadeaubon cadeaubonnen; de bundel bundels;
        het proefabonnement proefabonnementen; de licentie licenties; de kaart kaarten kaartje;
        het boek boeken boekje; het hardloopschema hardloopschema's; het systeem systemen;
        de verzekering verzekeringen; het huis huizen huisje; de fiets fietsen fietsje;
        de auto auto's; de laptop laptops; de telefoon telefoons
    """),
    *_nouns("GOAL", """
        het doel doelen doeltje; het resultaat resultaten; het succes -;
        de omzet -; de winst -; de conversie -; de tijd -; de energie -;
        de rust -; de kennis -; de ervaring ervaringen; het inzicht inzichten;
        het vertrouwen -; de motivatie -; de conditie -; de gezondheid -;
        de balans -; de focus -; de kwaliteit -; de service -; de groei -;
        de klanttevredenheid -; het bereik -; de zichtbaarheid -; de reputatie -;
        de snelheid -; de prestatie prestaties; het herstel -; de vrijheid -;
        het plezier -; de zekerheid -; de structuur -; het overzicht overzichten;
        het rendement -; de efficiëntie -
    """),
    *_nouns("MEAS", """
        de prijs prijzen; de korting kortingen; de kostenpost kostenposten; het budget budgetten;
        de werkdruk -; de stress -; de vraag vragen; het aantal aantallen;
        de wachttijd wachttijden; de doorlooptijd doorlooptijden; de afzet -;
        de marge marges; het verloop -; de belasting -; de druk -; het tarief tarieven;
        de score scores; de opbrengst opbrengsten; de uitgave uitgaven
    """),
    *_nouns("TOPIC", """
        de keuze keuzes; de strategie strategieën; de aanpak -; de planning planningen;
        de agenda agenda's; het probleem problemen probleempje; de uitdaging uitdagingen;
        de kans kansen; de wens wensen; de droom dromen; de behoefte behoeften;
        het idee ideeën ideetje; het advies adviezen; de feedback -;
        de ondersteuning -; de begeleiding -; de marketing -; het merk merken;
        de klantenservice -; de blessure blessures; de voeding -; de slaap -;
        het schema schema's; de routine routines; het verhaal verhalen verhaaltje;
        de mogelijkheid mogelijkheden; de stap stappen stapje; de tip tips tipje;
        de vraag vragen vraagje; de oplossing oplossingen; het antwoord antwoorden;
        de administratie -; de boekhouding -; de communicatie -; de samenwerking -;
        de toekomst -; de carrière carrières; de werkplek werkplekken; het werk -;
        de gewoonte gewoonten; de techniek technieken; het onderwerp onderwerpen;
        de prioriteit prioriteiten; de investering investeringen; het risico risico's
    """),
    # SOC: people, organisations and groups in society (neutral third-person statements)
    *_nouns("SOC", """
        de consument consumenten; de onderzoeker onderzoekers; de gemeente gemeenten;
        de bank banken; de boer boeren; de arts artsen; de school scholen; de partij partijen;
        het land landen; de inwoner inwoners; de burger burgers; de winkel winkels;
        de wetenschapper wetenschappers; de producent producenten; de belegger beleggers;
        de bewoner bewoners; de groep groepen; de jongere jongeren;
        de ouder ouders; de fabrikant fabrikanten; de provincie provincies;
        de supermarkt supermarkten; de werkgever werkgevers; de vakbond vakbonden;
        de zorgverzekeraar zorgverzekeraars; de reiziger reizigers; de kunstenaar kunstenaars;
        de journalist journalisten; de student studenten; de leraar leraren
    """),
    *_nouns("TIME", """
        de week weken weekje; de maand maanden; het jaar jaren; de dag dagen dagje;
        de ochtend ochtenden; de avond avonden; het weekend weekenden; het seizoen seizoenen;
        de zomer zomers; de winter winters; de periode perioden; het moment momenten momentje
    """),
]

NOUNS = [n for n in NOUNS
         if "-" not in n.lemma or n.lemma in ("e-mail", "e-book", "webshop-eigenaar")]


def nouns_of(*classes: str) -> list[Noun]:
    if classes == ("TB",):
        from training.synth.tblex import treebank_nouns

        return treebank_nouns()
    return [n for n in NOUNS if n.cls in classes]


def _v(inf: str, *, prt: str = "", insep: bool = False, stem: str | None = None,
       strong: str = "", aux: str = "hebben", frames: str = "tr", objs: str = "",
       pp: str = "", tags: str = "") -> Verb:
    return Verb(
        inf=inf,
        prt=prt,
        insep=insep,
        stem_override=stem,
        strong=tuple(strong.split(",")) if strong else None,  # type: ignore[arg-type]
        perf_aux=aux,
        frames=tuple(frames.split(",")),
        objs=tuple(objs.split(",")) if objs else (),
        pp=pp,
        tags=set(tags.split(",")) if tags else set(),
    )


# frames: tr (subject + object), intr (subject only), pp (prepositional object with `pp`),
# refl (reflexive je/zich/u), ditr (indirect object + object), unacc (zijn-perfect change of
# state), pers (object is a person).  objs: noun classes of the direct object.
VERBS: list[Verb] = [
    # --- documents and communication
    _v("versturen", insep=True, objs="DOC"),
    _v("verzenden", insep=True, strong="verzond,verzonden,verzonden", objs="DOC"),
    _v("zenden", strong="zond,zonden,gezonden", objs="DOC"),
    _v("ontvangen", insep=True, strong="ontving,ontvingen,ontvangen", objs="DOC,PROD"),
    _v("lezen", strong="las,lazen,gelezen", objs="DOC", frames="tr,intr"),
    _v("schrijven", strong="schreef,schreven,geschreven", objs="DOC", frames="tr,intr"),
    _v("delen", objs="DOC,TOPIC"),
    _v("sturen", objs="DOC", frames="tr,ditr"),
    _v("opsturen", prt="op", objs="DOC"),
    _v("toesturen", prt="toe", objs="DOC", frames="ditr"),
    _v("downloaden", stem="download", objs="DOC"),
    _v("bekijken", insep=True, strong="bekeek,bekeken,bekeken", objs="DOC,PROD"),
    _v("controleren", stem="controleer", objs="DOC"),
    _v("ondertekenen", insep=True, stem="onderteken", objs="DOC"),
    _v("aanvragen", prt="aan", strong="vroeg,vroegen,gevraagd", objs="DOC"),
    _v("invullen", prt="in", objs="DOC"),
    _v("beantwoorden", insep=True, objs="DOC,TOPIC"),
    _v("antwoorden", frames="intr"),
    _v("bellen", objs="PERS", frames="tr,intr,pers"),
    _v("mailen", objs="PERS,DOC", frames="tr,pers"),
    _v("bereiken", insep=True, objs="GOAL,PERS"),
    _v("informeren", stem="informeer", objs="PERS", frames="pers"),
    _v("vertellen", insep=True, objs="TOPIC", frames="tr,ditr"),
    _v("uitleggen", prt="uit", objs="TOPIC", frames="tr,ditr"),
    _v("bespreken", insep=True, strong="besprak,bespraken,besproken", objs="TOPIC,DOC"),
    _v("publiceren", stem="publiceer", objs="DOC"),
    _v("posten", objs="DOC"),
    _v("reageren", stem="reageer", frames="intr,pp", pp="op", objs="DOC"),
    # --- planning and events
    _v("plannen", objs="EVENT"),
    _v("inplannen", prt="in", objs="EVENT"),
    _v("boeken", objs="EVENT,PROD"),
    _v("organiseren", stem="organiseer", objs="EVENT"),
    _v("verzetten", insep=True, objs="EVENT"),
    _v("afzeggen", prt="af", strong="zei,zeiden,gezegd", objs="EVENT"),
    _v("annuleren", stem="annuleer", objs="EVENT,PROD"),
    _v("bevestigen", insep=True, objs="EVENT"),
    _v("vastleggen", prt="vast", objs="EVENT,TOPIC"),
    _v("afspreken", prt="af", strong="sprak,spraken,gesproken", objs="EVENT", frames="tr,intr"),
    _v("volgen", objs="EVENT,PERS"),
    _v("bijwonen", prt="bij", objs="EVENT"),
    _v("starten", objs="EVENT,PROD", aux="zijn", frames="tr,unacc"),
    _v("beginnen", insep=True, strong="begon,begonnen,begonnen", aux="zijn",
       frames="unacc,pp", pp="met", objs="EVENT"),
    _v("stoppen", frames="pp,unacc", pp="met", objs="EVENT,PROD", aux="zijn"),
    _v("meedoen", prt="mee", strong="deed,deden,gedaan", frames="intr,pp", pp="aan",
       objs="EVENT"),
    _v("deelnemen", prt="deel", strong="nam,namen,genomen", frames="pp", pp="aan",
       objs="EVENT"),
    _v("aanmelden", prt="aan", frames="refl", pp="voor", objs="EVENT"),
    _v("inschrijven", prt="in", strong="schreef,schreven,geschreven", frames="refl",
       pp="voor", objs="EVENT"),
    _v("voorbereiden", prt="voor", insep=True, frames="refl,tr", pp="op", objs="EVENT"),
    _v("verheugen", insep=True, frames="refl", pp="op", objs="EVENT"),
    _v("trainen", frames="intr,pp", pp="voor", objs="EVENT"),
    _v("lopen", strong="liep,liepen,gelopen", frames="intr,tr", objs="EVENT"),
    _v("hardlopen", prt="hard", strong="liep,liepen,gelopen", frames="intr"),
    _v("sporten", frames="intr"),
    _v("wandelen", stem="wandel", frames="intr"),
    _v("fietsen", frames="intr"),
    _v("rusten", frames="intr"),
    _v("winnen", strong="won,wonnen,gewonnen", objs="EVENT", frames="tr,intr"),
    # --- buying and using
    _v("kopen", strong="kocht,kochten,gekocht", objs="PROD"),
    _v("bestellen", insep=True, objs="PROD"),
    _v("betalen", insep=True, objs="DOC,MEAS", frames="tr,intr"),
    _v("gebruiken", insep=True, objs="PROD"),
    _v("proberen", stem="probeer", objs="PROD"),
    _v("uitproberen", prt="uit", stem="probeer", objs="PROD"),
    _v("kiezen", strong="koos,kozen,gekozen", objs="PROD,EVENT", frames="tr,pp", pp="voor"),
    _v("vergelijken", insep=True, strong="vergeleek,vergeleken,vergeleken", objs="PROD"),
    _v("opzeggen", prt="op", strong="zei,zeiden,gezegd", objs="PROD"),
    _v("verlengen", insep=True, objs="PROD"),
    _v("activeren", stem="activeer", objs="PROD"),
    _v("installeren", stem="installeer", objs="PROD"),
    _v("aanschaffen", prt="aan", objs="PROD"),
    _v("huren", objs="PROD"),
    _v("verkopen", insep=True, strong="verkocht,verkochten,verkocht", objs="PROD"),
    _v("leveren", stem="lever", objs="PROD,DOC"),
    _v("bezorgen", insep=True, objs="PROD,DOC"),
    _v("aanbieden", prt="aan", strong="bood,boden,geboden", objs="PROD,EVENT",
       frames="tr,ditr"),
    _v("bieden", strong="bood,boden,geboden", objs="PROD,GOAL", frames="tr,ditr"),
    _v("geven", strong="gaf,gaven,gegeven", objs="TOPIC,MEAS", frames="tr,ditr"),
    _v("krijgen", strong="kreeg,kregen,gekregen", objs="DOC,MEAS,TOPIC,GOAL"),
    _v("besparen", insep=True, objs="GOAL,MEAS"),
    _v("besteden", insep=True, objs="GOAL,MEAS", pp="aan"),
    _v("investeren", stem="investeer", objs="GOAL", frames="pp,tr", pp="in"),
    _v("verdienen", insep=True, objs="GOAL"),
    _v("lanceren", stem="lanceer", objs="PROD"),
    _v("ontwikkelen", insep=True, stem="ontwikkel", objs="PROD,TOPIC"),
    _v("bouwen", objs="PROD"),
    _v("vernieuwen", insep=True, objs="PROD"),
    _v("ontwerpen", insep=True, strong="ontwierp,ontwierpen,ontworpen", objs="PROD"),
    _v("testen", objs="PROD"),
    _v("branden", frames="thing"),
    # --- goals and improvement
    _v("verbeteren", insep=True, stem="verbeter", objs="GOAL"),
    _v("vergroten", insep=True, objs="GOAL"),
    _v("verhogen", insep=True, objs="GOAL,MEAS"),
    _v("verlagen", insep=True, objs="MEAS"),
    _v("verminderen", insep=True, stem="verminder", objs="MEAS"),
    _v("behalen", insep=True, objs="GOAL"),
    _v("halen", objs="GOAL"),
    _v("meten", strong="mat,maten,gemeten", objs="GOAL,MEAS", frames="tr,intr"),
    _v("volhouden", prt="vol", strong="hield,hielden,gehouden", objs="TOPIC"),
    _v("houden", strong="hield,hielden,gehouden", objs="GOAL,TOPIC", frames="tr,pp",
       pp="van"),
    _v("bijhouden", prt="bij", strong="hield,hielden,gehouden", objs="TOPIC,GOAL"),
    _v("behouden", insep=True, strong="behield,behielden,behouden", objs="GOAL,PERS"),
    _v("vinden", strong="vond,vonden,gevonden", objs="TOPIC,PROD,PERS"),
    _v("zoeken", strong="zocht,zochten,gezocht", objs="PROD,PERS,TOPIC", frames="tr,pp",
       pp="naar"),
    _v("ontdekken", insep=True, objs="TOPIC,PROD,GOAL"),
    _v("leren", stem="leer", objs="TOPIC", frames="tr,intr"),
    _v("ervaren", insep=True, stem="ervaar", strong="ervoer,ervoeren,ervaren", objs="GOAL,TOPIC"),
    _v("verliezen", insep=True, strong="verloor,verloren,verloren", objs="GOAL,PERS"),
    _v("vergeten", insep=True, strong="vergat,vergaten,vergeten", objs="EVENT,DOC"),
    _v("maken", objs="TOPIC,DOC,PROD"),
    _v("nemen", strong="nam,namen,genomen", objs="TOPIC,GOAL"),
    _v("doen", strong="deed,deden,gedaan", objs="TOPIC"),
    _v("regelen", stem="regel", objs="TOPIC,EVENT,DOC"),
    _v("oplossen", prt="op", objs="TOPIC"),
    _v("aanpakken", prt="aan", objs="TOPIC"),
    _v("verwerken", insep=True, objs="DOC"),
    _v("analyseren", stem="analyseer", objs="GOAL,MEAS,DOC"),
    _v("optimaliseren", stem="optimaliseer", objs="GOAL,PROD"),
    _v("automatiseren", stem="automatiseer", objs="TOPIC"),
    _v("stellen", objs="TOPIC"),
    _v("beheren", insep=True, stem="beheer", objs="PROD,TOPIC"),
    _v("bepalen", insep=True, objs="TOPIC,MEAS"),
    _v("kennen", objs="PERS,TOPIC,PROD"),
    _v("begrijpen", insep=True, strong="begreep,begrepen,begrepen", objs="TOPIC"),
    _v("snappen", objs="TOPIC", frames="tr,intr"),
    _v("weten", stem="weet", strong="wist,wisten,geweten", objs="TOPIC"),
    _v("zien", strong="zag,zagen,gezien", objs="TOPIC,GOAL,PERS"),
    _v("horen", objs="TOPIC"),
    _v("missen", objs="EVENT,TOPIC,PERS"),
    _v("willen", strong="wilde,wilden,gewild", objs="TOPIC,GOAL,PROD"),
    _v("hebben", strong="had,hadden,gehad", objs="TOPIC,GOAL,PROD,EVENT"),
    _v("gebruiken", insep=True, objs="PROD"),
    _v("waarderen", stem="waardeer", objs="TOPIC,PERS"),
    _v("vertrouwen", insep=True, objs="PERS", frames="tr,pp", pp="op"),
    # --- people
    _v("helpen", strong="hielp,hielpen,geholpen", objs="PERS", frames="pers,intr"),
    _v("ondersteunen", insep=True, objs="PERS", frames="pers"),
    _v("begeleiden", insep=True, objs="PERS", frames="pers"),
    _v("adviseren", stem="adviseer", objs="PERS", frames="pers"),
    _v("coachen", objs="PERS", frames="pers"),
    _v("motiveren", stem="motiveer", objs="PERS", frames="pers"),
    _v("inspireren", stem="inspireer", objs="PERS", frames="pers"),
    _v("uitnodigen", prt="uit", objs="PERS", frames="pers"),
    _v("bedanken", insep=True, objs="PERS", frames="pers"),
    _v("belonen", insep=True, objs="PERS", frames="pers"),
    _v("verrassen", insep=True, objs="PERS", frames="pers"),
    _v("overtuigen", insep=True, objs="PERS", frames="pers"),
    _v("ontzorgen", insep=True, objs="PERS", frames="pers"),
    _v("behandelen", insep=True, stem="behandel", objs="PERS", frames="pers"),
    _v("benaderen", insep=True, stem="benader", objs="PERS", frames="pers"),
    _v("werven", strong="wierf,wierven,geworven", objs="PERS"),
    _v("opleiden", prt="op", objs="PERS", frames="pers"),
    _v("bedienen", insep=True, objs="PERS", frames="pers"),
    _v("luisteren", stem="luister", frames="pp,intr", pp="naar", objs="PERS"),
    _v("praten", frames="pp,intr", pp="over", objs="TOPIC"),
    _v("denken", strong="dacht,dachten,gedacht", frames="pp,intr", pp="aan", objs="TOPIC"),
    _v("nadenken", prt="na", strong="dacht,dachten,gedacht", frames="pp,intr", pp="over",
       objs="TOPIC"),
    _v("werken", frames="intr,pp", pp="aan", objs="GOAL,TOPIC"),
    _v("samenwerken", prt="samen", frames="intr,pp", pp="met", objs="PERS"),
    _v("zorgen", frames="pp", pp="voor", objs="GOAL"),
    _v("wachten", frames="intr,pp", pp="op", objs="DOC,EVENT"),
    _v("focussen", frames="refl", pp="op", objs="GOAL"),
    _v("richten", frames="refl", pp="op", objs="GOAL"),
    _v("vergissen", insep=True, frames="refl"),
    _v("herkennen", insep=True, objs="TOPIC,PERS", frames="tr,refl", pp="in"),
    _v("verdiepen", insep=True, frames="refl", pp="in", objs="TOPIC"),
    _v("inzetten", prt="in", frames="refl,tr", pp="voor", objs="GOAL,PERS"),
    _v("concentreren", stem="concentreer", frames="refl", pp="op", objs="GOAL"),
    _v("ontspannen", insep=True, strong="ontspande,ontspanden,ontspannen", frames="refl"),
    _v("tegenhouden", prt="tegen", strong="hield,hielden,gehouden", objs="PERS",
       frames="pers"),
    _v("opleveren", prt="op", stem="lever", objs="GOAL,MEAS", frames="tr,ditr"),
    _v("kosten", objs="MEAS,GOAL", frames="tr,ditr"),
    _v("twijfelen", stem="twijfel", frames="intr,pp", pp="over", objs="TOPIC"),
    _v("kijken", strong="keek,keken,gekeken", frames="pp,intr", pp="naar", objs="TOPIC,DOC"),
    _v("vragen", strong="vroeg,vroegen,gevraagd", frames="pp,tr", pp="naar", objs="TOPIC"),
    _v("zeggen", strong="zei,zeiden,gezegd", objs="TOPIC"),
    _v("kloppen", frames="thing"),
    _v("slapen", strong="sliep,sliepen,geslapen", frames="intr"),
    _v("eten", stem="eet", strong="at,aten,gegeten", frames="intr"),
    # --- change of state (zijn-perfect)
    _v("groeien", aux="zijn", frames="unacc", tags="amount", objs="MEAS,GOAL"),
    _v("stijgen", strong="steeg,stegen,gestegen", aux="zijn", frames="unacc", tags="amount"),
    _v("dalen", aux="zijn", frames="unacc", tags="amount"),
    _v("toenemen", prt="toe", strong="nam,namen,genomen", aux="zijn", frames="unacc",
       tags="amount"),
    _v("afnemen", prt="af", strong="nam,namen,genomen", aux="zijn", frames="unacc", tags="amount"),
    _v("verdubbelen", insep=True, stem="verdubbel", aux="zijn", frames="unacc", tags="amount"),
    _v("veranderen", insep=True, stem="verander", aux="zijn", frames="unacc", tags="amount"),
    _v("verdwijnen", insep=True, strong="verdween,verdwenen,verdwenen", aux="zijn",
       frames="unacc"),
    _v("ontstaan", insep=True, strong="ontstond,ontstonden,ontstaan", aux="zijn",
       frames="unacc"),
    _v("verschijnen", insep=True, strong="verscheen,verschenen,verschenen", aux="zijn",
       frames="unacc"),
    _v("komen", stem="kom", strong="kwam,kwamen,gekomen", aux="zijn", frames="intr"),
    _v("gaan", strong="ging,gingen,gegaan", aux="zijn", frames="intr"),
    _v("blijven", strong="bleef,bleven,gebleven", aux="zijn", frames="intr"),
    _v("vertrekken", insep=True, strong="vertrok,vertrokken,vertrokken", aux="zijn",
       frames="intr"),
    _v("slagen", aux="zijn", frames="intr"),
    _v("lukken", aux="zijn", frames="thing"),
    _v("opvallen", prt="op", strong="viel,vielen,gevallen", aux="zijn", frames="intr"),
    _v("overstappen", prt="over", aux="zijn", frames="intr,pp", pp="naar", objs="PROD"),
    _v("herstellen", insep=True, aux="zijn", frames="intr"),
    _v("afvallen", prt="af", strong="viel,vielen,gevallen", aux="zijn", frames="intr"),
    _v("verhuizen", insep=True, aux="zijn", frames="intr"),
    _v("opgroeien", prt="op", aux="zijn", frames="intr"),
    # --- others
    _v("staan", strong="stond,stonden,gestaan", frames="intr"),
    _v("zitten", strong="zat,zaten,gezeten", frames="intr"),
    _v("liggen", strong="lag,lagen,gelegen", frames="intr"),
    _v("worden", strong="werd,werden,geworden", aux="zijn", frames="cop"),
    _v("zijn", strong="was,waren,geweest", aux="zijn", frames="cop"),
    _v("kunnen", strong="kon,konden,gekund", frames="modal"),
    _v("moeten", stem="moet", strong="moest,moesten,gemoeten", frames="modal"),
    _v("mogen", strong="mocht,mochten,gemogen", frames="modal"),
    _v("zullen", strong="zou,zouden,", frames="modal"),
    # --- more marketing verbs
    _v("profiteren", stem="profiteer", frames="pp,intr", pp="van", objs="GOAL,MEAS,PROD"),
    _v("genieten", strong="genoot,genoten,genoten", insep=True, frames="pp,intr", pp="van",
       objs="GOAL,EVENT,PROD"),
    _v("aanraden", prt="aan", strong="raadde,raadden,geraden", objs="PROD,EVENT,PERS",
       frames="tr,ditr"),
    _v("rekenen", stem="reken", frames="pp", pp="op", objs="PERS,GOAL"),
    _v("betrekken", insep=True, strong="betrok,betrokken,betrokken", objs="PERS",
       frames="pers"),
    _v("kwijtraken", prt="kwijt", objs="GOAL,PERS,DOC"),
    _v("terugkomen", prt="terug", stem="kom", strong="kwam,kwamen,gekomen", aux="zijn",
       frames="intr"),
    _v("afstuderen", prt="af", stem="studeer", aux="zijn", frames="intr"),
    _v("reserveren", stem="reserveer", objs="EVENT,PROD"),
    _v("aanvullen", prt="aan", objs="TOPIC,DOC"),
    _v("aanpassen", prt="aan", objs="PROD,TOPIC,DOC"),
    _v("afsluiten", prt="af", strong="sloot,sloten,gesloten", objs="PROD"),
    _v("aansluiten", prt="aan", strong="sloot,sloten,gesloten", frames="pp,intr", pp="bij",
       objs="TOPIC,PERS"),
    _v("bijdragen", prt="bij", strong="droeg,droegen,gedragen", frames="pp", pp="aan",
       objs="GOAL"),
    _v("meedenken", prt="mee", strong="dacht,dachten,gedacht", frames="pp,intr", pp="met",
       objs="PERS"),
    _v("oefenen", stem="oefen", frames="intr,tr", objs="TOPIC"),
    _v("verzorgen", insep=True, objs="EVENT,PERS,DOC"),
    _v("vergoeden", insep=True, objs="MEAS,EVENT"),
    _v("solliciteren", stem="solliciteer", frames="pp,intr", pp="naar", objs="DOC"),
    _v("sparen", frames="tr,intr,pp", pp="voor", objs="GOAL,MEAS"),
    _v("claimen", stem="claim", objs="GOAL,MEAS,PROD"),
    _v("beleven", insep=True, objs="EVENT,GOAL"),
    _v("verbinden", insep=True, strong="verbond,verbonden,verbonden", objs="PERS"),
    _v("checken", objs="DOC,PROD"),
    _v("retourneren", stem="retourneer", objs="PROD"),
    _v("personaliseren", stem="personaliseer", objs="PROD,DOC"),
    _v("ontspannen", insep=True, strong="ontspande,ontspanden,ontspannen", frames="refl"),
    _v("afvragen", prt="af", strong="vroeg,vroegen,gevraagd", frames="reflq"),
    _v("voorstellen", prt="voor", frames="reflq"),
    _v("durven", frames="ctrl"),
    _v("hoeven", strong="hoefde,hoefden,gehoeven", frames="ctrl"),
    _v("dragen", strong="droeg,droegen,gedragen", frames="tr", objs="TOPIC"),
    _v("merken", objs="TOPIC", frames="tr"),
    _v("laten", strong="liet,lieten,gelaten", frames="caus"),
    # --- more weak verbs (-eren, d/t-stems, separable) and a few strong ones, so that unseen
    # finite forms (plural present, -den/-ten pasts) generalise
    _v("digitaliseren", stem="digitaliseer", objs="DOC,TOPIC"),
    _v("presenteren", stem="presenteer", objs="PROD,DOC"),
    _v("evalueren", stem="evalueer", objs="EVENT,TOPIC"),
    _v("registreren", stem="registreer", objs="DOC,MEAS"),
    _v("accepteren", stem="accepteer", objs="DOC,TOPIC"),
    _v("signaleren", stem="signaleer", objs="TOPIC"),
    _v("financieren", stem="financier", objs="PROD,EVENT"),
    _v("produceren", stem="produceer", objs="PROD"),
    _v("importeren", stem="importeer", objs="PROD"),
    _v("exploiteren", stem="exploiteer", objs="PROD"),
    _v("marcheren", stem="marcheer", frames="intr"),
    _v("protesteren", stem="protesteer", frames="intr,pp", pp="tegen", objs="TOPIC"),
    _v("concurreren", stem="concurreer", frames="intr,pp", pp="met", objs="PERS"),
    _v("handhaven", stem="handhaaf", objs="TOPIC"),
    _v("afwijken", prt="af", strong="week,weken,geweken", frames="intr"),
    _v("afschaffen", prt="af", objs="TOPIC,PROD"),
    _v("verwachten", insep=True, objs="GOAL,TOPIC"),
    _v("melden", objs="TOPIC,DOC"),
    _v("opgeven", prt="op", strong="gaf,gaven,gegeven", frames="refl", pp="voor",
       objs="EVENT"),
    _v("uitbreiden", prt="uit", objs="PROD,TOPIC"),
    _v("beschermen", insep=True, objs="PERS,GOAL"),
    _v("tonen", objs="PROD,DOC,GOAL"),
    _v("vormen", objs="TOPIC,GOAL"),
    _v("bouwen", objs="PROD"),
    _v("verbouwen", insep=True, objs="PROD"),
    _v("branden", frames="intr"),
    _v("landen", aux="zijn", frames="intr"),
    _v("wachten", frames="intr,pp", pp="op", objs="DOC,PERS,EVENT"),
    _v("letten", frames="pp", pp="op", objs="TOPIC,MEAS"),
    _v("zetten", objs="PROD,DOC"),
    _v("opzetten", prt="op", objs="EVENT,PROD"),
    _v("bepalen", insep=True, objs="GOAL,MEAS"),
    _v("bestellen", insep=True, objs="PROD"),
    _v("vervangen", insep=True, strong="verving,vervingen,vervangen", objs="PROD"),
    _v("behouden", insep=True, strong="behield,behielden,behouden", objs="PERS,GOAL"),
    _v("verbieden", insep=True, strong="verbood,verboden,verboden", objs="PROD,TOPIC"),
    _v("bieden", strong="bood,boden,geboden", objs="PROD,GOAL", frames="tr,ditr"),
    _v("beslissen", insep=True, frames="intr,pp", pp="over", objs="TOPIC"),
    _v("stijgen", strong="steeg,stegen,gestegen", aux="zijn", frames="intr"),
    _v("dalen", aux="zijn", frames="intr"),
    _v("verdwijnen", insep=True, strong="verdween,verdwenen,verdwenen", aux="zijn",
       frames="intr"),
    _v("ontstaan", insep=True, stem="ontsta", strong="ontstond,ontstonden,ontstaan", aux="zijn",
       frames="intr"),
    _v("reizen", aux="zijn", frames="intr"),
    _v("verhogen", insep=True, objs="MEAS"),
    _v("verlagen", insep=True, objs="MEAS"),
    _v("voorspellen", insep=True, stem="voorspel", objs="MEAS,TOPIC"),
    _v("onderzoeken", insep=True, strong="onderzocht,onderzochten,onderzocht", objs="TOPIC"),
    _v("ontwerpen", insep=True, strong="ontwierp,ontwierpen,ontworpen", objs="PROD,DOC"),
    _v("verspreiden", insep=True, objs="DOC,TOPIC"),
    _v("opleveren", prt="op", stem="lever", objs="GOAL,MEAS"),
    _v("uitvoeren", prt="uit", objs="EVENT,TOPIC"),
    _v("afronden", prt="af", objs="EVENT,DOC"),
    _v("aantonen", prt="aan", objs="GOAL,TOPIC"),
    _v("vastzetten", prt="vast", objs="MEAS"),
    # --- verbs of news and encyclopedia text (organisations, history, society)
    _v("bestaan", insep=True, stem="besta", strong="bestond,bestonden,bestaan",
       frames="intr,pp", pp="uit", objs="TOPIC"),
    _v("verklaren", insep=True, stem="verklaar", objs="TOPIC"),
    _v("behoren", insep=True, stem="behoor", frames="pp", pp="tot", objs="PERS"),
    _v("bevatten", insep=True, objs="TOPIC,MEAS"),
    _v("voorkomen", insep=True, stem="voorkom", strong="voorkwam,voorkwamen,voorkomen",
       objs="TOPIC"),
    _v("vertegenwoordigen", insep=True, stem="vertegenwoordig", objs="PERS"),
    _v("regeren", stem="regeer", frames="intr"),
    _v("heersen", frames="intr"),
    _v("verdedigen", insep=True, stem="verdedig", objs="TOPIC,PERS"),
    _v("wonen", frames="intr"),
    _v("leven", frames="intr"),
    _v("sterven", strong="stierf,stierven,gestorven", aux="zijn", frames="intr"),
    _v("vechten", strong="vocht,vochten,gevochten", frames="intr,pp", pp="voor",
       objs="GOAL"),
    _v("strijden", strong="streed,streden,gestreden", frames="pp", pp="voor", objs="GOAL"),
    _v("beweren", insep=True, stem="beweer", objs="TOPIC"),
    _v("vermelden", insep=True, objs="TOPIC,DOC"),
    _v("weigeren", stem="weiger", objs="DOC,PROD"),
    _v("stemmen", frames="intr,pp", pp="voor", objs="TOPIC"),
    _v("bezitten", insep=True, strong="bezat,bezaten,bezeten", objs="PROD"),
    _v("beschrijven", insep=True, strong="beschreef,beschreven,beschreven", objs="TOPIC,DOC"),
    _v("vertalen", insep=True, stem="vertaal", objs="DOC"),
    _v("uitgeven", prt="uit", strong="gaf,gaven,gegeven", objs="MEAS,DOC"),
    _v("opnemen", prt="op", strong="nam,namen,genomen", objs="DOC,TOPIC"),
    _v("verwijderen", insep=True, stem="verwijder", objs="DOC"),
    _v("bewaren", insep=True, stem="bewaar", objs="DOC"),
    _v("bezoeken", insep=True, strong="bezocht,bezochten,bezocht", objs="EVENT,PERS"),
    _v("vluchten", aux="zijn", frames="intr"),
    _v("trouwen", aux="zijn", frames="intr"),
    _v("besturen", insep=True, stem="bestuur", objs="PROD"),
    _v("verdelen", insep=True, stem="verdeel", objs="MEAS,TOPIC"),
    _v("vervoeren", insep=True, objs="PROD"),
    _v("exporteren", stem="exporteer", objs="PROD"),
    _v("handelen", stem="handel", frames="intr,pp", pp="in", objs="PROD"),
    _v("bestrijden", insep=True, strong="bestreed,bestreden,bestreden", objs="TOPIC"),
    _v("onderhandelen", insep=True, stem="onderhandel", frames="intr,pp", pp="over",
       objs="TOPIC"),
]

_seen: set[str] = set()
_unique = []
for _verb in VERBS:
    if _verb.inf not in _seen:
        _seen.add(_verb.inf)
        _unique.append(_verb)
VERBS = _unique
VERB = {v.inf: v for v in VERBS}

# Verbs whose present tense is irregular in a way the table in morph doesn't cover.
EXTRA_PRESENT = {
    "gaan": "ga", "staan": "sta", "doen": "doe", "zien": "zie", "slaan": "sla",
    "ontstaan": "ontsta",
}


def verbs_with(frame: str, *, exclude: tuple[str, ...] = ("cop", "modal")) -> list[Verb]:
    return [v for v in VERBS if frame in v.frames and not set(v.frames) & set(exclude)]


# Adjectives: (lemma, classes of nouns they suit). Predicative and attributive.
ADJECTIVES: dict[str, tuple[str, ...]] = {
    "nieuw": ("DOC", "PROD", "EVENT", "PERS", "TOPIC"),
    "gratis": ("DOC", "PROD", "EVENT"),
    "persoonlijk": ("DOC", "EVENT", "TOPIC", "GOAL"),
    "handig": ("DOC", "PROD", "TOPIC"),
    "snel": ("PROD", "TOPIC", "GOAL"),
    "duidelijk": ("DOC", "TOPIC", "GOAL"),
    "uitgebreid": ("DOC", "EVENT", "PROD"),
    "kort": ("DOC", "EVENT"),
    "vrijblijvend": ("DOC", "EVENT"),
    "eerlijk": ("DOC", "TOPIC", "MEAS"),
    "betaalbaar": ("PROD", "EVENT"),
    "duurzaam": ("PROD", "TOPIC", "GOAL"),
    "groot": ("PROD", "GOAL", "TOPIC", "PERS"),
    "klein": ("PROD", "EVENT", "TOPIC", "PERS"),
    "vast": ("PERS", "TOPIC", "MEAS"),
    "tevreden": ("PERS",),
    "ervaren": ("PERS",),
    "enthousiast": ("PERS",),
    "trouw": ("PERS",),
    "druk": ("PERS", "TOPIC"),
    "slim": ("PROD", "TOPIC"),
    "sterk": ("TOPIC", "GOAL", "PERS"),
    "gezond": ("GOAL", "TOPIC", "PERS"),
    "goed": ("TOPIC", "GOAL", "PROD", "DOC", "EVENT"),
    "mooi": ("GOAL", "PROD", "DOC"),
    "belangrijk": ("TOPIC", "GOAL", "PERS", "EVENT"),
    "lastig": ("TOPIC",),
    "moeilijk": ("TOPIC",),
    "makkelijk": ("TOPIC", "PROD"),
    "eenvoudig": ("TOPIC", "PROD", "DOC"),
    "simpel": ("TOPIC", "PROD"),
    "effectief": ("TOPIC", "PROD"),
    "professioneel": ("PROD", "DOC", "PERS"),
    "flexibel": ("PROD", "TOPIC", "EVENT"),
    "uniek": ("PROD", "TOPIC", "EVENT"),
    "online": ("EVENT", "PROD"),
    "digitaal": ("PROD", "DOC"),
    "volledig": ("DOC", "PROD"),
    "extra": ("MEAS", "GOAL", "EVENT"),
    "hoog": ("MEAS",),
    "laag": ("MEAS",),
    "vol": ("TOPIC",),
    "zwaar": ("TOPIC", "EVENT"),
    "rustig": ("TOPIC", "EVENT"),
    "fijn": ("EVENT", "TOPIC", "PROD"),
    "leuk": ("EVENT", "TOPIC"),
    "actief": ("PERS",),
    "fit": ("PERS",),
    "blij": ("PERS",),
    "zeker": ("PERS",),
    "zichtbaar": ("GOAL", "TOPIC"),
    "helder": ("DOC", "TOPIC"),
    "concreet": ("TOPIC", "DOC", "GOAL"),
    "haalbaar": ("GOAL", "TOPIC"),
    "realistisch": ("GOAL", "TOPIC"),
    "lokaal": ("PERS", "EVENT"),
    "jong": ("PERS",),
    "nieuwsgierig": ("PERS",),
    "waardevol": ("TOPIC", "DOC", "GOAL"),
    "krachtig": ("PROD", "TOPIC"),
    "overzichtelijk": ("DOC", "PROD"),
    "veilig": ("PROD", "TOPIC"),
}

# Predicative adjectives for a person subject ("Jij bent ... / Je voelt je ...").
PERSON_PRED = ["tevreden", "blij", "fit", "zeker", "klaar", "moe", "druk", "benieuwd", "sterk",
               "gezond", "nieuwsgierig", "enthousiast", "gemotiveerd", "op tijd", "welkom"]
PERSON_PRED = [a for a in PERSON_PRED if " " not in a and a not in ("gemotiveerd",)]

# Adverbs with their treebank tags: (form, xpos).
ADVERBS_TIME = [("vandaag", "BW"), ("morgen", "BW"), ("nu", "BW"), ("meteen", "BW"),
                ("direct", "ADJ|vrij|basis|zonder"), ("binnenkort", "BW"),
                ("straks", "BW"), ("vanavond", "BW"), ("altijd", "BW"), ("nooit", "BW"),
                ("soms", "BW"), ("vaak", "ADJ|vrij|basis|zonder"),
                ("regelmatig", "ADJ|vrij|basis|zonder"), ("dagelijks", "ADJ|vrij|basis|zonder"),
                ("tegenwoordig", "ADJ|vrij|basis|zonder"), ("snel", "ADJ|vrij|basis|zonder"),
                ("eerst", "BW"), ("daarna", "BW"), ("weer", "BW"), ("nog", "BW"),
                ("al", "BW"), ("steeds", "BW")]
ADVERBS_MANNER = [("graag", "BW"), ("samen", "BW"), ("gewoon", "ADJ|vrij|basis|zonder"),
                  ("eenvoudig", "ADJ|vrij|basis|zonder"), ("makkelijk", "ADJ|vrij|basis|zonder"),
                  ("online", "ADJ|vrij|basis|zonder"), ("thuis", "BW"), ("zelf", "BW"),
                  ("echt", "ADJ|vrij|basis|zonder"), ("goed", "ADJ|vrij|basis|zonder"),
                  ("gratis", "ADJ|vrij|basis|zonder"), ("ook", "BW"), ("even", "BW"),
                  ("toch", "BW"), ("vooral", "BW"), ("gericht", "ADJ|vrij|basis|zonder"),
                  ("slim", "ADJ|vrij|basis|zonder"), ("snel", "ADJ|vrij|basis|zonder"),
                  ("rustig", "ADJ|vrij|basis|zonder"), ("bewust", "ADJ|vrij|basis|zonder"),
                  ("wel", "BW"), ("best", "ADJ|vrij|sup|zonder")]
HEDGES = [("misschien", "BW"), ("eigenlijk", "ADJ|vrij|basis|zonder"), ("wellicht", "BW"),
          ("eventueel", "ADJ|vrij|basis|zonder"), ("natuurlijk", "ADJ|vrij|basis|zonder"),
          ("zeker", "ADJ|vrij|basis|zonder"), ("gewoon", "ADJ|vrij|basis|zonder"),
          ("echt", "ADJ|vrij|basis|zonder"), ("toch", "BW"), ("ook", "BW"), ("dan", "BW")]
FRONT_ADVERBS = [("Daarom", "BW"), ("Vandaag", "BW"), ("Nu", "BW"), ("Morgen", "BW"),
                 ("Samen", "BW"), ("Daarna", "BW"), ("Straks", "BW"), ("Soms", "BW"),
                 ("Misschien", "BW"), ("Eigenlijk", "ADJ|vrij|basis|zonder"),
                 ("Tegenwoordig", "ADJ|vrij|basis|zonder"), ("Gelukkig", "ADJ|vrij|basis|zonder"),
                 ("Binnenkort", "BW"), ("Toch", "BW"), ("Natuurlijk", "ADJ|vrij|basis|zonder"),
                 ("Ook", "BW"), ("Dan", "BW"), ("Dus", "BW"),
                 ("Hier", "VNW|aanw|adv-pron|obl|vol|3o|getal"),
                 ("Daar", "VNW|aanw|adv-pron|obl|vol|3o|getal"), ("Vaak", "ADJ|vrij|basis|zonder")]

COMPANIES = ["FitFocus", "Studio Noord", "De Groeifabriek", "Bakkerij Jansen", "RunLab",
             "Praktijk Vitaal", "Webwinkel Plus", "Adviesbureau Kompas", "Coolblue", "Bol",
             "Zorgverzekeraar Zeker", "Kapsalon Knip", "Tuincentrum Groen", "MarketingMakers"]
CITIES = ["Amsterdam", "Utrecht", "Rotterdam", "Eindhoven", "Groningen", "Zwolle", "Breda",
          "Nijmegen", "Leiden", "Arnhem", "Haarlem", "Tilburg", "Delft", "Maastricht"]
FIRST_NAMES = [("Sanne", "zijd"), ("Mark", "zijd"), ("Eva", "zijd"), ("Daan", "zijd"),
               ("Lisa", "zijd"), ("Tim", "zijd"), ("Fatima", "zijd"), ("Mohamed", "zijd"),
               ("Emma", "zijd"), ("Bram", "zijd"), ("Noor", "zijd"), ("Joris", "zijd")]
