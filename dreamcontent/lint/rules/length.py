"""Length: short sentences and short paragraphs read faster (B1 advice: 10-15 words a sentence).

The limits come from the configuration (max-zin, max-alinea).
"""

from __future__ import annotations

from collections.abc import Iterator
from typing import ClassVar

from spacy.tokens import Doc, Span

from dreamcontent.lint.base import Rule, TextState, rule, view
from dreamcontent.lint.finding import Hit, Severity


def word_count(span: Doc | Span) -> int:
    return sum(1 for t in span if not (t.is_punct or t.is_space) and any(c.isalnum()
                                                                        for c in t.text))


@rule
class LongSentence(Rule):
    """Flags sentences longer than the limit (default 20 words, setting max-zin).

    Bad: Wij helpen ondernemers in de hele regio met een complete administratie, zodat zij zich weer
          kunnen richten op hun klanten en hun eigen groei zonder zorgen over de belastingdienst.
    Bad: Omdat steeds meer huiseigenaren hun energierekening willen verlagen, bieden wij een gratis
          adviesgesprek aan waarin we samen kijken naar isolatie, zonnepanelen en een warmtepomp.
    Bad: Of je nu een kleine webshop hebt of een groeiend bedrijf met meerdere vestigingen, onze
          adviseurs denken graag met je mee over de beste oplossing voor jouw situatie.
    Bad: Na de eerste behandeling krijg je een persoonlijk oefenschema mee dat je thuis kunt doen,
          zodat je sneller herstelt en je ook tussen de afspraken door vooruitgaat.
    Bad: We weten dat je als ondernemer weinig tijd hebt en daarom regelen wij de hele aangifte voor
          je, van het verzamelen van bonnetjes tot het indienen bij de belastingdienst.
    Good: Wij regelen je administratie.
    Good: Jij richt je op je klanten.
    Good: Onze adviseur komt gratis bij je langs en kijkt naar isolatie en zonnepanelen.
    Good: Na de eerste behandeling krijg je een oefenschema mee.
    Good: Wij doen de aangifte, jij houdt tijd over.
    """

    id = "lange-zin"
    severity = Severity.WARNING
    title = "Lange zin"
    message = "Lange zin: {n} woorden (maximaal {max}). Knip de zin op."

    def check(self, doc: Doc, state: TextState) -> Iterator[Hit]:
        limit = self.config.max_sentence_words
        v = view(doc, state)
        for a, b in v.sent_ranges:
            n = v.words_in(a, b)
            if n > limit:
                toks = [t for t in v.tokens[a:b] if not t.is_space]
                yield Hit(toks[0].idx, toks[-1].idx + len(toks[-1]),
                          self.message.format(n=n, max=limit),
                          "Maak er twee of drie korte zinnen van, met één boodschap per zin.")


@rule
class LongParagraph(Rule):
    """Flags paragraphs longer than the limit (default 100 words, setting max-alinea).

    De voorbeelden hieronder gebruiken max-alinea = 40.

    Bad: Wij zijn een familiebedrijf uit Zwolle en installeren al dertig jaar verwarming,
          zonnepanelen en warmtepompen. Onze monteurs komen op tijd, werken netjes en ruimen
          alles op. Je krijgt vooraf een duidelijke offerte zonder verrassingen. Na de
          installatie leggen we rustig uit hoe alles werkt, zodat je meteen weet waar je aan
          toe bent.
    Bad: Herken je dat? Je opent je mail en er staan weer veertig berichten klaar. Klanten
          willen antwoord, je team wil overleg en je boekhouder wil bonnetjes. Ondertussen
          blijft het werk liggen waar je echt blij van wordt. Met onze planningstool zie je in
          één oogopslag wat vandaag telt en wat kan wachten.
    Bad: Onze fysiotherapeuten kijken niet alleen naar je klacht, maar naar jou als mens. Hoe
          beweeg je op je werk, hoe slaap je en wat wil je straks weer kunnen? Samen maken we
          een plan dat past bij je leven. Je oefent thuis met korte video's en je ziet per week
          hoe je vooruitgaat.
    Bad: Een goede boekhouding geeft rust. Je weet wat je verdient, wat je opzij moet zetten
          voor de belasting en wat je kunt investeren. Wij verwerken je bonnen elke week, doen
          je aangifte op tijd en bellen je als er iets opvalt. Zo houd jij je handen vrij voor
          je klanten en je groei.
    Bad: Webshops groeien het snelst als klanten terugkomen. Daarom helpen wij je met
          nieuwsbrieven die mensen echt openen, met aanbiedingen op het juiste moment en met
          een service die verder gaat dan een standaardmail. Je krijgt elke maand een
          overzicht van wat werkt en wat beter kan, in gewone taal.
    Good: Wij zijn een familiebedrijf uit Zwolle. We installeren verwarming, zonnepanelen en
          warmtepompen.
    Good: Onze monteurs komen op tijd, werken netjes en ruimen alles op.
    Good: Herken je dat? Je opent je mail en er staan weer veertig berichten klaar.
    Good: Heb je een vraag? Bel ons vaste nummer.
    Good: Kom gerust langs in onze showroom.
    """

    id = "lange-alinea"
    severity = Severity.INFO
    example_config: ClassVar[dict[str, int]] = {"max_paragraph_words": 40}
    title = "Lange alinea"
    message = "Lange alinea: {n} woorden (maximaal {max}). Maak er kortere alinea's van."

    def check(self, doc: Doc, state: TextState) -> Iterator[Hit]:
        limit = self.config.max_paragraph_words
        v = view(doc, state)
        n = sum(v.is_word)
        if n > limit:
            a, b = v.sent_ranges[0]
            toks = [t for t in v.tokens[a:b] if not t.is_space]
            yield Hit(toks[0].idx, toks[-1].idx + len(toks[-1]),
                      self.message.format(n=n, max=limit),
                      "Begin een nieuwe alinea bij elke nieuwe gedachte.")
