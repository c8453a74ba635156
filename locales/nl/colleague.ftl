# Hoe zien collega's jou: de teksten van het venster.

## De open vragen die iemand zijn collega's standaard stelt (ze zijn aan te passen).
colleague-question-1 = Wanneer zie je mij op mijn best in mijn werk?
colleague-question-2 = Welke rol zou ik vaker kunnen pakken, en in welke situatie?
colleague-question-3 = Wat zou je mij aanraden om anders te doen?

## Antwoordcodes die terugkomen. $number is de hoeveelste code in wat je plakte of in het bestand.
colleague-codes-added = { $added ->
    [0] Er zijn geen nieuwe antwoorden bijgekomen.
    [one] Er is 1 nieuw antwoord bijgekomen.
   *[other] Er zijn { $added } nieuwe antwoorden bijgekomen.
}
colleague-codes-already = { $count ->
    [one] 1 code was er al. Die telt maar één keer mee.
   *[other] { $count } codes waren er al. Die tellen maar één keer mee.
}
colleague-codes-not-read = { $count ->
    [one] 1 code is niet gelezen. Je kunt er { $limit } tegelijk toevoegen.
   *[other] { $count } codes zijn niet gelezen. Je kunt er { $limit } tegelijk toevoegen.
}
colleague-code-not-a-code = Code { $number } is geen antwoordcode. Een antwoordcode begint met RSP-.
colleague-code-too-long = Code { $number } is te lang voor een antwoordcode.
colleague-code-damaged = Code { $number } is niet compleet, of er is iets in veranderd. Vraag je collega om de code nog een keer te sturen, of het bestand.
colleague-code-newer-version = Code { $number } is gemaakt met een nieuwere versie van Rolspiegel. Zet eerst die versie op deze computer.
colleague-code-out-of-range = Code { $number } heeft een antwoord dat niet op de schaal past.
colleague-code-too-much-text = Code { $number } heeft meer open antwoorden dan je vroeg.
colleague-code-bad-text = Code { $number } heeft tekst die Rolspiegel niet kan lezen.
colleague-code-other-request = Code { $number } hoort bij een andere vraag om feedback.
colleague-code-other-list = Code { $number } is ingevuld met een andere lijst met uitspraken.
colleague-code-wrong-count = Code { $number } heeft niet bij elke uitspraak een antwoord.
colleague-code-conflict = Code { $number } kwam al eerder binnen, met andere antwoorden. De eerste antwoorden blijven staan.
colleague-code-refused = Code { $number } kon niet worden bewaard.

## Wat collega's zien, naast je eigen uitslag.
colleague-legend-own = Jouw eigen beeld ({ $date })
colleague-legend-colleagues = Je collega's: gemiddelde, en van laag tot hoog

## Bestanden / Files
dialog-save-form = Antwoordformulier voor collega's bewaren
dialog-filter-form = Webpagina (HTML)
dialog-open-codes = Bestanden met antwoordcodes toevoegen
dialog-filter-codes = Antwoordcodes (tekst)
file-name-form = formulier-collegas
